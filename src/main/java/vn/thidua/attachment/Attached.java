package vn.thidua.attachment;

import java.time.Instant;

/** A stored file as lists show it; the content is fetched only on download. */
public record Attached(
        long id,
        Owner owner,
        String docType,
        String fileName,
        String contentType,
        long size,
        String sha256,
        String uploadedBy,
        Instant uploadedAt) {

    /** The size as people read it: "512 KB", "1,4 MB". */
    public String readableSize() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size + 1023) / 1024 + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0))
                .replace('.', ',');
    }
}
