package vn.thidua.organization;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The workbook's shared strings, kept compact: UTF-8 bytes in 1 MB blocks and one offset per string,
 * so the memory they take stays close to the size of their part (which {@link ImportLimits} caps).
 * A string longer than a cell may be is not kept; a cell that uses it is refused with its row and
 * column.
 */
final class SharedStrings {

    static final SharedStrings NONE = new SharedStrings();

    private static final int BLOCK = 1 << 20;

    private final List<byte[]> blocks = new ArrayList<>();
    private int[] starts = new int[1024];
    private final BitSet tooLong = new BitSet();
    private int count;
    private long used;

    private SharedStrings() {
        starts[0] = 0;
    }

    static SharedStrings read(InputStream part, int maxLength) {
        SharedStrings strings = new SharedStrings();
        StringBuilder text = new StringBuilder();
        try (SheetXml xml = new SheetXml(part)) {
            while (xml.nextTag()) {
                if (xml.isStart("si")) {
                    text.setLength(0);
                    int length = xml.text(text, maxLength + 1);
                    strings.add(text, length > maxLength);
                }
            }
        }
        return strings;
    }

    private void add(CharSequence text, boolean overLimit) {
        if (overLimit) {
            tooLong.set(count);
        }
        byte[] bytes = overLimit ? new byte[0] : text.toString().getBytes(StandardCharsets.UTF_8);
        for (int copied = 0; copied < bytes.length; ) {
            int block = (int) (used / BLOCK);
            if (block == blocks.size()) {
                blocks.add(new byte[BLOCK]);
            }
            int offset = (int) (used % BLOCK);
            int n = Math.min(bytes.length - copied, BLOCK - offset);
            System.arraycopy(bytes, copied, blocks.get(block), offset, n);
            copied += n;
            used += n;
        }
        if (used > Integer.MAX_VALUE) {
            throw new XlsxPackage.Malformed("shared strings too large");
        }
        count++;
        if (count + 1 > starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[count] = (int) used;
    }

    int size() {
        return count;
    }

    boolean tooLong(int index) {
        return tooLong.get(index);
    }

    String get(int index) {
        if (index < 0 || index >= count) {
            throw new XlsxPackage.Malformed("no shared string " + index);
        }
        int from = starts[index];
        int length = starts[index + 1] - from;
        byte[] bytes = new byte[length];
        for (int copied = 0; copied < length; ) {
            int block = (from + copied) / BLOCK;
            int offset = (from + copied) % BLOCK;
            int n = Math.min(length - copied, BLOCK - offset);
            System.arraycopy(blocks.get(block), offset, bytes, copied, n);
            copied += n;
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
