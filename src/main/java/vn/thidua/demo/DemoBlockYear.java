package vn.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.scoring.AggregationRule;
import vn.thidua.scoring.BlockStage;
import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.Criterion.Level;
import vn.thidua.scoring.PreparingNextYear;
import vn.thidua.scoring.ScoringBlocks;
import vn.thidua.scoring.VoteProposal;

/**
 * The demo unit's block, "Khối Thi đua Văn hóa - Xã hội" (Sở Giáo dục và Đào tạo hosted it in 2019,
 * emulation_blocks.csv; the other members are illustrative): its 2025 year from the pact to the vote,
 * scored by its members with the Ban TĐKT's adjustment, and its 2026 year prepared in one action,
 * with the scorecard, so {@code donvi} can score without any setup.
 */
@Component
class DemoBlockYear {

    static final String BLOCK = "Khối Thi đua Văn hóa - Xã hội tỉnh";

    /** The members in 2025, the first leads, the second is deputy (and leads in 2026). */
    static final List<String> MEMBERS = List.of(
            "Sở Giáo dục và Đào tạo",
            "Sở Y tế",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Dân tộc và Tôn giáo",
            "Sở Tư pháp");

    /** Each member's own level on each criterion (self-assessment); the others score one step lower or equal. */
    private static final Map<String, int[]> LEVELS = Map.of(
            "Sở Giáo dục và Đào tạo", new int[] {10, 8, 20, 10},
            "Sở Y tế", new int[] {10, 8, 15, 10},
            "Sở Văn hóa, Thể thao và Du lịch", new int[] {10, 6, 15, 7},
            "Sở Dân tộc và Tôn giáo", new int[] {6, 8, 15, 7},
            "Sở Tư pháp", new int[] {10, 6, 10, 3});

    private final EditingBlocks blocks;
    private final ScoringBlocks scoring;
    private final PreparingNextYear nextYear;
    private final DemoActors actors;
    private final DemoPlaces places;

    DemoBlockYear(
            EditingBlocks blocks,
            ScoringBlocks scoring,
            PreparingNextYear nextYear,
            DemoActors actors,
            DemoPlaces places) {
        this.blocks = blocks;
        this.scoring = scoring;
        this.nextYear = nextYear;
        this.actors = actors;
        this.places = places;
    }

    /** The scorecard, after the shapes in scoring_tables_partial.csv (ladders, a bonus). */
    static List<Criterion> scorecard() {
        return List.of(
                Criterion.ladder(
                        "1",
                        "Công tác chỉ đạo",
                        "Xây dựng chương trình công tác thi đua năm và tổ chức hội nghị triển khai",
                        "Chương trình công tác năm: số, ký hiệu, ngày ban hành",
                        new Level(new BigDecimal("10"), "Triển khai đến 100% đơn vị trực thuộc"),
                        new Level(new BigDecimal("6"), "Có chương trình nhưng không tổ chức hội nghị"),
                        new Level(BigDecimal.ZERO, "Không xây dựng chương trình")),
                Criterion.ladder(
                        "2",
                        "Công tác chỉ đạo",
                        "Chế độ thông tin, báo cáo theo quy định",
                        "Số và ngày của các báo cáo tháng, quý, 6 tháng, năm",
                        new Level(new BigDecimal("8"), "Đầy đủ, đúng hạn"),
                        new Level(new BigDecimal("6"), "Thiếu 2 báo cáo tháng"),
                        new Level(new BigDecimal("4"), "Thiếu 1 báo cáo quý hoặc 3 báo cáo tháng"),
                        new Level(BigDecimal.ZERO, "Thiếu nhiều hơn")),
                Criterion.ladder(
                        "3",
                        "Thực hiện nhiệm vụ chuyên môn",
                        "Hoàn thành các chỉ tiêu, nhiệm vụ được UBND tỉnh giao trong năm",
                        "Báo cáo tổng kết năm, đối chiếu Nghị quyết HĐND tỉnh",
                        new Level(new BigDecimal("20"), "Hoàn thành vượt mức"),
                        new Level(new BigDecimal("15"), "Hoàn thành 100%"),
                        new Level(new BigDecimal("10"), "Hoàn thành từ 80%"),
                        new Level(BigDecimal.ZERO, "Dưới 80%")),
                Criterion.ladder(
                        "4",
                        "Phong trào thi đua",
                        "Tổ chức phong trào thi đua; phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến",
                        "Mô hình, điển hình được công nhận; báo cáo sơ kết, tổng kết",
                        new Level(new BigDecimal("10"), "Có mô hình được tỉnh công nhận"),
                        new Level(new BigDecimal("7"), "Có sơ kết, tổng kết, biểu dương"),
                        new Level(new BigDecimal("3"), "Có phát động, chưa sơ kết"),
                        new Level(BigDecimal.ZERO, "Không tổ chức")),
                Criterion.bonus("B1", "Được tặng Cờ thi đua của Chính phủ năm trước", new BigDecimal("15")));
    }

    /** The 2025 year done (pact, inspection, reviews, scores, vote), then 2026 prepared; returns the 2026 block. */
    EmulationBlock load() {
        EmulationBlock block = actors.as("bantdkt", () -> {
            EmulationBlock b = blocks.create(
                    BLOCK,
                    BlockKind.BLOCK,
                    2025,
                    "Dữ liệu minh họa: Sở Giáo dục và Đào tạo đăng cai Khối năm 2019 (baotayninh.vn);"
                            + " các thành viên khác minh họa theo cơ cấu sở sau hợp nhất");
            for (int i = 0; i < MEMBERS.size(); i++) {
                BlockRole role = i == 0 ? BlockRole.LEADER : i == 1 ? BlockRole.DEPUTY : BlockRole.MEMBER;
                b = blocks.addMember(b.getId(), b.getVersion(), places.current(MEMBERS.get(i)), role);
            }
            scoring.setUp(
                    b.getId(),
                    scorecard(),
                    new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO),
                    "Giao ước thi đua năm 2025 ký tại Hội nghị ngày 26/02/2025 (minh họa)");
            scoring.recordStage(
                    b.getId(), BlockStage.PACT_SIGNED, LocalDate.of(2025, 2, 26), "Hội nghị ký kết giao ước thi đua");
            scoring.recordStage(
                    b.getId(), BlockStage.CROSS_INSPECTION, LocalDate.of(2025, 6, 10), "Kiểm tra chéo giữa các sở");
            scoring.recordStage(
                    b.getId(), BlockStage.INTERIM_REVIEW, LocalDate.of(2025, 7, 15), "Sơ kết 6 tháng đầu năm");
            return b;
        });
        long id = block.getId();
        for (String scorer : MEMBERS) {
            long scorerId = places.current(scorer);
            // the demo unit's officer enters its own sheets; the Ban TĐKT enters the others' paper sheets
            String account = scorer.equals(DemoData.DEMO_UNIT) ? "donvi" : "bantdkt";
            actors.run(account, () -> {
                for (String member : MEMBERS) {
                    int[] own = LEVELS.get(member);
                    Map<String, BigDecimal> sheet = new LinkedHashMap<>();
                    for (int c = 0; c < own.length; c++) {
                        int points =
                                scorer.equals(member) || (c + scorer.length()) % 3 != 0 ? own[c] : lower(c, own[c]);
                        sheet.put(String.valueOf(c + 1), BigDecimal.valueOf(points));
                    }
                    sheet.put("B1", BigDecimal.ZERO);
                    scoring.scoreSheet(id, scorerId, places.current(member), sheet);
                }
            });
        }
        return actors.as("bantdkt", () -> {
            scoring.adjust(
                    id,
                    places.current("Sở Tư pháp"),
                    "2",
                    new BigDecimal("8"),
                    "Đã bổ sung báo cáo quý IV (công văn số 45/STP ngày 10/01/2026, minh họa)");
            scoring.recordStage(id, BlockStage.YEAR_END_SCORING, LocalDate.of(2026, 1, 8), "Họp chấm điểm, tổng kết");
            var ranking = scoring.scoring(id).ranking();
            Map<Long, VoteProposal> proposals = new LinkedHashMap<>();
            proposals.put(ranking.get(0).result().unit(), VoteProposal.FLAG);
            proposals.put(ranking.get(1).result().unit(), VoteProposal.CERTIFICATE);
            scoring.recordVote(id, proposals);
            scoring.recordStage(id, BlockStage.VOTE, LocalDate.of(2026, 1, 8), "Bỏ phiếu suy tôn");
            scoring.recordStage(id, BlockStage.HAND_OVER, LocalDate.of(2026, 1, 8), "Bàn giao khối trưởng năm 2026");
            EmulationBlock next = nextYear.from(id);
            scoring.recordStage(
                    next.getId(),
                    BlockStage.PACT_SIGNED,
                    LocalDate.of(2026, 2, 27),
                    "Hội nghị ký kết giao ước thi đua năm 2026 (minh họa)");
            return next;
        });
    }

    /** The next rung down on criterion {@code c} (what a stricter scorer gives). */
    private static int lower(int c, int points) {
        int[][] ladders = {{10, 6, 0}, {8, 6, 4, 0}, {20, 15, 10, 0}, {10, 7, 3, 0}};
        int[] ladder = ladders[c];
        for (int i = 0; i < ladder.length - 1; i++) {
            if (ladder[i] == points) {
                return ladder[i + 1];
            }
        }
        return points;
    }
}
