package vn.thidua.scoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;

/**
 * The block's year-end review as an editable Word document: the pact, the members, the scorecard
 * with how each criterion is scored, the ranking with totals and the tie rule, and whether the vote
 * is recorded. Times New Roman 13, as administrative documents are typed (NĐ 30/2020).
 */
@Component
public class BlockReport {

    private static final String FONT = "Times New Roman";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ScoringBlocks scoring;
    private final EmulationBlocks blocks;
    private final UnitDirectory units;

    BlockReport(ScoringBlocks scoring, EmulationBlocks blocks, UnitDirectory units) {
        this.scoring = scoring;
        this.blocks = blocks;
        this.units = units;
    }

    /** The report; {@code words} gives the page's texts (tie rule, method) in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] docx(Long blockId, Function<String, String> words) {
        EmulationBlock block = blocks.findById(blockId).orElseThrow();
        ScoringBlocks.Setup setup = scoring.setupOf(blockId).orElseThrow();
        List<BlockScoring.Ranked> ranking = scoring.scoring(blockId).ranking();
        Map<Long, Unit> names = units.byId(List.copyOf(scoring.members(blockId)));
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraph(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.CENTER, 13);
            paragraph(doc, "Độc lập - Tự do - Hạnh phúc", true, ParagraphAlignment.CENTER, 14);
            paragraph(doc, "", false, ParagraphAlignment.LEFT, 13);
            paragraph(
                    doc,
                    "BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM " + block.getYear(),
                    true,
                    ParagraphAlignment.CENTER,
                    14);
            paragraph(doc, block.getName(), true, ParagraphAlignment.CENTER, 14);
            paragraph(doc, "", false, ParagraphAlignment.LEFT, 13);
            paragraph(doc, "I. THÀNH VIÊN VÀ GIAO ƯỚC THI ĐUA", true, ParagraphAlignment.LEFT, 13);
            paragraph(
                    doc,
                    "Khối gồm " + names.size() + " đơn vị: "
                            + String.join(
                                    ", ",
                                    scoring.members(blockId).stream()
                                            .map(id -> names.get(id).getName())
                                            .toList())
                            + ".",
                    false,
                    ParagraphAlignment.BOTH,
                    13);
            paragraph(
                    doc,
                    setup.pact() == null
                            ? "Giao ước thi đua: chưa ghi nhận."
                            : "Giao ước thi đua: " + setup.pact() + ".",
                    false,
                    ParagraphAlignment.BOTH,
                    13);
            paragraph(doc, "II. TIÊU CHÍ CHẤM ĐIỂM", true, ParagraphAlignment.LEFT, 13);
            paragraph(
                    doc,
                    words.apply("scoring.method." + setup.rule().method()) + "; điểm tự chấm chiếm "
                            + setup.rule().selfWeight().movePointRight(2).setScale(0, RoundingMode.HALF_UP)
                            + "%.",
                    false,
                    ParagraphAlignment.BOTH,
                    13);
            XWPFTable card = doc.createTable(1, 4);
            header(card.getRow(0), "Mã", "Nội dung", "Điểm tối đa", "Cách chấm");
            for (Criterion c : setup.card().criteria()) {
                row(
                        card.createRow(),
                        c.code(),
                        c.text(),
                        c.maxPoints().stripTrailingZeros().toPlainString(),
                        c.kind() == CriterionKind.LADDER
                                ? CardText.levels(c)
                                : words.apply("scoring.kind." + c.kind()));
            }
            paragraph(doc, "", false, ParagraphAlignment.LEFT, 13);
            paragraph(doc, "III. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG", true, ParagraphAlignment.LEFT, 13);
            XWPFTable table = doc.createTable(1, 4);
            header(table.getRow(0), "Hạng", "Đơn vị", "Tổng điểm", "Điểm trừ");
            for (BlockScoring.Ranked r : ranking) {
                row(
                        table.createRow(),
                        String.valueOf(r.rank()),
                        names.get(r.result().unit()).getName(),
                        points(r.result().total()),
                        points(r.result().penalties()));
            }
            paragraph(doc, words.apply("scoring.tieRule"), false, ParagraphAlignment.BOTH, 12);
            paragraph(doc, "IV. BÌNH XÉT, SUY TÔN", true, ParagraphAlignment.LEFT, 13);
            paragraph(
                    doc,
                    setup.voted()
                            ? "Kết quả bình xét, suy tôn đã được ghi nhận ngày "
                                    + LocalDate.ofInstant(setup.votedAt(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                                            .format(DAY)
                                    + "; đơn vị dẫn đầu khối: "
                                    + names.get(ranking.get(0).result().unit()).getName() + "."
                            : "Chưa ghi nhận kết quả bình xét, suy tôn.",
                    false,
                    ParagraphAlignment.BOTH,
                    13);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String points(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }

    private static void paragraph(XWPFDocument doc, String text, boolean bold, ParagraphAlignment align, int size) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private static void header(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setFontFamily(FONT);
            run.setBold(true);
            run.setText(cells[i]);
        }
    }

    private static void row(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            XWPFRun run = row.getCell(i).getParagraphs().get(0).createRun();
            run.setFontFamily(FONT);
            run.setText(cells[i]);
        }
    }
}
