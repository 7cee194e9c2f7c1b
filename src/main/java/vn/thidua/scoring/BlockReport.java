package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.ReportWriter;

/**
 * The block's year-end review in Word (to edit) and PDF (to print): the pact, the members, the scorecard
 * with how each criterion is scored, the ranking with totals and the tie rule, and whether the vote
 * is recorded, written once for Word and PDF.
 */
@Component
public class BlockReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ScoringBlocks scoring;
    private final EmulationBlocks blocks;
    private final UnitDirectory units;

    private final java.time.Clock clock;

    BlockReport(ScoringBlocks scoring, EmulationBlocks blocks, UnitDirectory units, java.time.Clock clock) {
        this.clock = clock;
        this.scoring = scoring;
        this.blocks = blocks;
        this.units = units;
    }

    /** The report; {@code words} gives the page's texts (tie rule, method) in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] write(Long blockId, DocumentFormat format, Function<String, String> words) {
        EmulationBlock block = blocks.findById(blockId).orElseThrow();
        ScoringBlocks.Setup setup = scoring.setupOf(blockId)
                .orElseThrow(() -> vn.thidua.shared.InvalidInput.of("block", "validation.scoring.noScorecard"));
        List<BlockScoring.Ranked> ranking = scoring.scoring(blockId).ranking();
        Map<Long, Unit> names = units.byId(List.copyOf(scoring.members(blockId)));
        try (ReportWriter w =
                format.report("BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM " + block.getYear(), block.getName())) {
            w.heading("I. THÀNH VIÊN VÀ GIAO ƯỚC THI ĐUA")
                    .text("Khối gồm " + names.size() + " đơn vị: "
                            + String.join(
                                    ", ",
                                    scoring.members(blockId).stream()
                                            .map(id -> names.get(id).getName())
                                            .toList())
                            + ".")
                    .text(
                            setup.pact() == null
                                    ? "Giao ước thi đua: chưa ghi nhận."
                                    : "Giao ước thi đua: " + setup.pact() + ".")
                    .heading("II. TIÊU CHÍ CHẤM ĐIỂM")
                    .text(words.apply("scoring.method." + setup.rule().method()) + "; điểm tự chấm chiếm "
                            + setup.rule().selfWeight().movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%.")
                    .table(
                            new String[] {"Mã", "Nội dung", "Điểm tối đa", "Cách chấm"},
                            setup.card().criteria().stream()
                                    .map(c -> new String[] {
                                        c.code(),
                                        c.text(),
                                        c.maxPoints().stripTrailingZeros().toPlainString(),
                                        c.kind() == CriterionKind.LADDER
                                                ? CardText.levels(c)
                                                : words.apply("scoring.kind." + c.kind())
                                    })
                                    .toList())
                    .heading("III. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG")
                    .table(
                            new String[] {"Hạng", "Đơn vị", "Tổng điểm", "Điểm trừ"},
                            ranking.stream()
                                    .map(r -> new String[] {
                                        String.valueOf(r.rank()),
                                        names.get(r.result().unit()).getName(),
                                        points(r.result().total()),
                                        points(r.result().penalties())
                                    })
                                    .toList())
                    .note(words.apply(BlockScoring.TIE_RULE))
                    .heading("IV. BÌNH XÉT, SUY TÔN")
                    .text(
                            setup.voted()
                                    ? "Kết quả bình xét, suy tôn đã được ghi nhận ngày "
                                            + LocalDate.ofInstant(setup.votedAt(), clock.getZone())
                                                    .format(DAY)
                                            + "; đơn vị dẫn đầu khối: "
                                            + names.get(ranking.get(0).result().unit())
                                                    .getName() + "."
                                    : "Chưa ghi nhận kết quả bình xét, suy tôn.");
            List<ScoringBlocks.Proposed> proposals = scoring.proposals(blockId);
            if (!proposals.isEmpty()) {
                w.text("Khối đề nghị khen thưởng:")
                        .table(
                                new String[] {"Hạng", "Đơn vị", "Đề nghị"},
                                proposals.stream()
                                        .map(p -> new String[] {
                                            String.valueOf(p.rank()),
                                            names.get(p.unitId()).getName(),
                                            words.apply("scoring.proposal." + p.proposal())
                                        })
                                        .toList());
            }
            return w.bytes();
        }
    }

    private static String points(BigDecimal p) {
        return p.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
    }
}
