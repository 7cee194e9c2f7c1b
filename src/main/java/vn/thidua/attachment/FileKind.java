package vn.thidua.attachment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the work uses, told by their first bytes as well as their name, so a renamed
 * program is refused: PDF, Word, Excel (new and old formats), JPEG and PNG scans.
 */
enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F'}, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ZipHead.BYTES, "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ZipHead.BYTES, "xlsx"),
    DOC("application/msword", OleHead.BYTES, "doc"),
    XLS("application/vnd.ms-excel", OleHead.BYTES, "xls"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "png");

    final String contentType;
    private final byte[] head;
    private final String[] extensions;

    FileKind(String contentType, byte[] head, String... extensions) {
        this.contentType = contentType;
        this.head = head;
        this.extensions = extensions;
    }

    /** The kind whose extension the name has and whose first bytes the content starts with. */
    static Optional<FileKind> of(String fileName, byte[] content) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(k -> Arrays.asList(k.extensions).contains(extension))
                .filter(k -> startsWith(content, k.head))
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] head) {
        if (content.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (content[i] != head[i]) {
                return false;
            }
        }
        return true;
    }

    private static final class ZipHead {
        static final byte[] BYTES = {'P', 'K', 3, 4};
    }

    private static final class OleHead {
        static final byte[] BYTES = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    }
}
