package vn.thidua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.shared.InvalidInput;

/**
 * Opens an uploaded workbook for every Excel import (people, units, records, nominees,
 * registrations): its first sheet as a stream of rows, within {@link ImportLimits}. A file over the
 * size limit, an Excel 97–2003 file, a part that unzips beyond its limit or a zip with too many
 * entries is refused with the reason before any row is read; anything else that is not a workbook
 * throws a runtime exception the importers report as an unreadable file.
 */
@Component
public class SheetReader {

    private static final long SMALL_PART = 16L << 20;

    private final ImportLimits limits;

    public SheetReader(ImportLimits limits) {
        this.limits = limits;
    }

    public ImportLimits limits() {
        return limits;
    }

    /** The first sheet, merged cells as they are in the file (only their first cell has a value). */
    public StreamedSheet firstSheet(InputStream file) {
        return open(file, false);
    }

    /** The first sheet, every cell of a merged region reading as the region's first cell. */
    public StreamedSheet firstSheetSpreadingMergedCells(InputStream file) {
        return open(file, true);
    }

    private StreamedSheet open(InputStream file, boolean spreadMerged) {
        byte[] bytes = upTo(file, limits.maxFileSize().toBytes());
        XlsxPackage zip = XlsxPackage.open(bytes);
        try {
            String workbook = "xl/workbook.xml";
            for (Relationship r : relationships(zip, "_rels/.rels", "")) {
                if (r.type().endsWith("/officeDocument")) {
                    workbook = r.target();
                }
            }
            String firstSheetId = null;
            boolean date1904 = false;
            try (SheetXml xml = new SheetXml(zip.open(workbook, SMALL_PART))) {
                while (xml.nextTag()) {
                    if (xml.isStart("workbookPr")) {
                        String d = xml.attribute("date1904");
                        date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                    } else if (firstSheetId == null && xml.isStart("sheet")) {
                        firstSheetId = xml.attribute("id");
                    }
                }
            }
            String rels = relsOf(workbook);
            String sheet = null;
            String sharedStrings = null;
            String styles = null;
            for (Relationship r : relationships(zip, rels, workbook)) {
                if (r.id().equals(firstSheetId)) {
                    sheet = r.target();
                } else if (r.type().endsWith("/sharedStrings")) {
                    sharedStrings = r.target();
                } else if (r.type().endsWith("/styles")) {
                    styles = r.target();
                }
            }
            if (sheet == null) {
                throw new XlsxPackage.Malformed("no first sheet");
            }
            CellFormats formats = styles != null && zip.has(styles)
                    ? CellFormats.read(zip.open(styles, SMALL_PART))
                    : CellFormats.NONE;
            SharedStrings strings = sharedStrings != null && zip.has(sharedStrings)
                    ? SharedStrings.read(
                            zip.open(
                                    sharedStrings, limits.maxSharedStringsSize().toBytes()),
                            limits.maxCellLength())
                    : SharedStrings.NONE;
            List<int[]> merges = spreadMerged ? merges(zip, sheet) : List.of();
            long sheetLimit = limits.maxSheetSize().toBytes();
            return new StreamedSheet(
                    zip, new SheetXml(zip.open(sheet, sheetLimit)), strings, formats, date1904, limits, merges);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** The merged regions of the sheet (listed after its rows): one pass that keeps nothing else. */
    private List<int[]> merges(XlsxPackage zip, String sheet) {
        List<int[]> merges = new ArrayList<>();
        try (SheetXml xml = new SheetXml(zip.open(sheet, limits.maxSheetSize().toBytes()))) {
            while (xml.nextTag()) {
                if (xml.isStart("mergeCell")) {
                    int[] range = StreamedSheet.range(xml.attribute("ref"));
                    if (range == null || range[1] >= limits.maxColumns()) {
                        continue;
                    }
                    if (merges.size() >= limits.maxMergedRegions()) {
                        throw InvalidInput.of("file", "import.limit.merged", limits.maxMergedRegions());
                    }
                    range[3] = Math.min(range[3], limits.maxColumns() - 1);
                    merges.add(range);
                }
            }
        }
        merges.sort(Comparator.comparingInt(m -> m[0]));
        return merges;
    }

    private record Relationship(String id, String type, String target) {}

    private static List<Relationship> relationships(XlsxPackage zip, String part, String source) {
        List<Relationship> found = new ArrayList<>();
        if (!zip.has(part)) {
            return found;
        }
        try (SheetXml xml = new SheetXml(zip.open(part, SMALL_PART))) {
            while (xml.nextTag()) {
                if (xml.isStart("Relationship") && !"External".equalsIgnoreCase(xml.attribute("TargetMode"))) {
                    String id = xml.attribute("Id");
                    String type = xml.attribute("Type");
                    String target = xml.attribute("Target");
                    if (id != null && type != null && target != null) {
                        found.add(new Relationship(id, type, XlsxPackage.resolve(source, target)));
                    }
                }
            }
        }
        return found;
    }

    /** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static byte[] upTo(InputStream in, long max) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw InvalidInput.of("file", "import.limit.fileSize", max / (1024 * 1024));
            }
            return bytes;
        } catch (IOException e) {
            throw new XlsxPackage.Malformed("upload: " + e.getMessage());
        }
    }
}
