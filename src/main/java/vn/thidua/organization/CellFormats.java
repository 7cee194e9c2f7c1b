package vn.thidua.organization;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of each cell style, read from the workbook's styles (only the formats and the
 * cell styles' format ids are kept), so numbers and dates read as Excel shows them.
 */
final class CellFormats {

    static final CellFormats NONE = new CellFormats(new HashMap<>(), new int[0]);

    private static final int MAX_STYLES = 65_536;
    private static final int MAX_FORMATS = 4_096;

    private final Map<Integer, String> custom;
    private final int[] formatOfStyle;

    private CellFormats(Map<Integer, String> custom, int[] formatOfStyle) {
        this.custom = custom;
        this.formatOfStyle = formatOfStyle;
    }

    static CellFormats read(InputStream part) {
        Map<Integer, String> custom = new HashMap<>();
        int[] styles = new int[64];
        int count = 0;
        boolean inCellXfs = false;
        try (SheetXml xml = new SheetXml(part)) {
            while (xml.nextTag()) {
                if (xml.isStart("numFmt")) {
                    if (custom.size() >= MAX_FORMATS) {
                        throw new XlsxPackage.Malformed("too many number formats");
                    }
                    Integer id = number(xml.attribute("numFmtId"));
                    String code = xml.attribute("formatCode");
                    if (id != null && code != null) {
                        custom.put(id, code);
                    }
                } else if (xml.isStart("cellXfs")) {
                    inCellXfs = true;
                } else if (xml.isEnd("cellXfs")) {
                    inCellXfs = false;
                } else if (inCellXfs && xml.isStart("xf")) {
                    if (count >= MAX_STYLES) {
                        throw new XlsxPackage.Malformed("too many cell styles");
                    }
                    if (count == styles.length) {
                        styles = Arrays.copyOf(styles, styles.length * 2);
                    }
                    Integer id = number(xml.attribute("numFmtId"));
                    styles[count++] = id == null ? 0 : id;
                }
            }
        }
        return new CellFormats(custom, Arrays.copyOf(styles, count));
    }

    int formatId(int style) {
        return style >= 0 && style < formatOfStyle.length ? formatOfStyle[style] : 0;
    }

    String formatCode(int style) {
        int id = formatId(style);
        String code = custom.get(id);
        if (code == null) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        return code == null ? "General" : code;
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
