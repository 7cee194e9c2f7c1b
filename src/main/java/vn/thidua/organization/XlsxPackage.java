package vn.thidua.organization;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import vn.thidua.shared.InvalidInput;

/**
 * The zip of an .xlsx, read from memory through its central directory, never unzipped as a whole:
 * each part is checked against its limit before it is opened (the size the directory declares) and
 * while it is read (the bytes really inflated, the inflation ratio as POI's {@link ZipSecureFile}
 * checks it, and the length of any one XML tag), so a part that lies about its size is caught too.
 */
final class XlsxPackage implements Closeable {

    /** A part that is not what an Excel writer produces; reported as an unreadable file. */
    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private static final int MAX_ENTRIES = 1_000;
    private static final long GRACE = 1 << 20;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};

    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries = new HashMap<>();

    private XlsxPackage(ZipFile zip) {
        this.zip = zip;
        for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
            entries.putIfAbsent(normal(e.getName()), e);
        }
    }

    static XlsxPackage open(byte[] bytes) {
        if (startsWith(bytes, OLE2)) {
            throw InvalidInput.of("file", "import.file.xls");
        }
        if (!startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            throw new Malformed("not a zip");
        }
        int count = declaredEntries(bytes);
        if (count > MAX_ENTRIES) {
            throw InvalidInput.of("file", "import.limit.entries", count, MAX_ENTRIES);
        }
        try {
            return new XlsxPackage(ZipFile.builder()
                    .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                    .get());
        } catch (IOException e) {
            throw new Malformed("zip: " + e.getMessage());
        }
    }

    boolean has(String name) {
        return entries.containsKey(normal(name));
    }

    /** The part, inflated as it is read, refused beyond {@code limit} bytes. */
    InputStream open(String name, long limit) {
        ZipArchiveEntry entry = entries.get(normal(name));
        if (entry == null) {
            throw new Malformed("missing part " + name);
        }
        if (entry.getSize() > limit) {
            throw expanded(entry.getName(), limit);
        }
        try {
            return new Guard(zip.getInputStream(entry), entry.getName(), limit, entry.getCompressedSize());
        } catch (IOException | RuntimeException e) {
            throw new Malformed("part " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "xl/worksheets/sheet1.xml" for a relationship target seen from the part {@code from}. */
    static String resolve(String from, String target) {
        if (target.startsWith("/")) {
            return normal(target);
        }
        int slash = from.lastIndexOf('/');
        List<String> parts = new java.util.ArrayList<>(
                slash < 0 ? List.of() : List.of(from.substring(0, slash).split("/")));
        for (String p : target.split("/")) {
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.add(p);
            }
        }
        return normal(String.join("/", parts));
    }

    private static String normal(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    static InvalidInput expanded(String part, long limit) {
        return InvalidInput.of("file", "import.limit.expanded", part, limit / (1024 * 1024));
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The entry count of the end-of-central-directory record, read before any entry is parsed. */
    private static int declaredEntries(byte[] b) {
        int lowest = Math.max(0, b.length - 22 - 0xFFFF);
        for (int i = b.length - 22; i >= lowest; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                int total = (b[i + 10] & 0xFF) | (b[i + 11] & 0xFF) << 8;
                return total == 0xFFFF ? Integer.MAX_VALUE : total;
            }
        }
        throw new Malformed("no central directory");
    }

    /**
     * Counts inflated bytes against the limit and the inflation ratio, and refuses XML no Excel
     * writer produces in a way that could make the parser buffer without bound: a tag or
     * processing instruction longer than 1 MB, comments, CDATA and DOCTYPE ({@code <!}).
     */
    private static final class Guard extends FilterInputStream {

        private static final int MAX_TAG = 1 << 20;
        private static final int TEXT = 0, LT = 1, TAG = 2, PI = 3;

        private final String part;
        private final long limit;
        private final long compressed;
        private final double minRatio = ZipSecureFile.getMinInflateRatio();
        private long read;
        private int state = TEXT;
        private int inTag;
        private byte quote;
        private boolean question;

        Guard(InputStream in, String part, long limit, long compressed) {
            super(in);
            this.part = part;
            this.limit = limit;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n <= 0) {
                return n;
            }
            read += n;
            if (read > limit) {
                throw expanded(part, limit);
            }
            if (read > GRACE && compressed >= 0 && (double) compressed / read < minRatio) {
                throw expanded(part, limit);
            }
            for (int i = off; i < off + n; i++) {
                scan(b[i]);
            }
            return n;
        }

        private void scan(byte c) {
            switch (state) {
                case TEXT -> {
                    if (c == '<') {
                        state = LT;
                    }
                }
                case LT -> {
                    if (c == '!') {
                        throw new Malformed("markup <! in " + part);
                    }
                    state = c == '?' ? PI : TAG;
                    inTag = 1;
                    quote = 0;
                    question = false;
                }
                case TAG -> {
                    if (++inTag > MAX_TAG) {
                        throw new Malformed("tag too long in " + part);
                    }
                    if (quote != 0) {
                        if (c == quote) {
                            quote = 0;
                        }
                    } else if (c == '"' || c == '\'') {
                        quote = c;
                    } else if (c == '>') {
                        state = TEXT;
                    }
                }
                default -> {
                    if (++inTag > MAX_TAG) {
                        throw new Malformed("instruction too long in " + part);
                    }
                    if (question && c == '>') {
                        state = TEXT;
                    }
                    question = c == '?';
                }
            }
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[8192];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }
    }
}
