package vn.thidua.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.scoring.Criterion.Level;
import vn.thidua.scoring.Criterion.Threshold;
import vn.thidua.shared.InvalidInput;

@DisplayName("Chấm điểm khối thi đua: tự chấm, chấm chéo, điều chỉnh, tổng hợp, xếp hạng")
class BlockScoringTests {

    // members of a block, as unit ids
    private static final long SO_NOI_VU = 1;
    private static final long SO_TU_PHAP = 2;
    private static final long THANH_TRA = 3;
    private static final long VAN_PHONG = 4;
    private static final long SO_TAI_CHINH = 5;

    /** Real criteria: Bù Đăng's ladders (2015), a Hội Khuyến học threshold (2018), HCM's flag bonus. */
    static Scorecard card() {
        return new Scorecard(List.of(
                Criterion.ladder(
                        "1",
                        "Công tác chỉ đạo",
                        "Xây dựng CT năm và tổ chức HN triển khai",
                        "CT công tác năm: tên VB, số, ký hiệu",
                        new Level(p("5"), "xây dựng CT năm và tổ chức hội nghị triển khai cho 100% cơ sở"),
                        new Level(p("3"), "xây dựng CT năm nhưng không tổ chức hội nghị triển khai"),
                        new Level(p("0"), "không xây dựng chương trình năm")),
                Criterion.ladder(
                        "2",
                        "Công tác chỉ đạo",
                        "Chế độ thông tin báo cáo theo quy định",
                        "Số báo cáo, ngày tháng ban hành báo cáo",
                        new Level(p("8"), "gửi đầy đủ, đúng hạn"),
                        new Level(p("6"), "thiếu 2 báo cáo tháng"),
                        new Level(p("4"), "thiếu 1 báo cáo quý hoặc 3 báo cáo tháng"),
                        new Level(p("0"), "thiếu 1 báo cáo quý và 4 báo cáo tháng trở lên")),
                Criterion.threshold(
                        "ND1.CT2a",
                        "ND1",
                        "Đảng viên là hội viên: 90% đảng viên đang sinh hoạt là hội viên",
                        new Threshold(p("90"), p("4"))),
                Criterion.bonus("BONUS2", "Đơn vị được tặng Cờ thi đua Chính phủ", p("15")),
                Criterion.penalty("PEN1", "Nộp báo cáo tổng kết trễ hạn", p("5"))));
    }

    private static BigDecimal p(String v) {
        return new BigDecimal(v);
    }

    private static BlockScoring block(AggregationRule rule) {
        return new BlockScoring(card(), rule, Set.of(SO_NOI_VU, SO_TU_PHAP, THANH_TRA, VAN_PHONG, SO_TAI_CHINH));
    }

    @Test
    @DisplayName("trung bình chấm chéo: 8, 6, 6, 4 → 6,00; tự chấm không tính khi trọng số tự chấm là 0")
    void meanOfCrossScores() {
        BlockScoring b = block(new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO));
        b.selfAssess(SO_NOI_VU, "2", p("8"));
        b.crossScore(SO_TU_PHAP, SO_NOI_VU, "2", p("8"));
        b.crossScore(THANH_TRA, SO_NOI_VU, "2", p("6"));
        b.crossScore(VAN_PHONG, SO_NOI_VU, "2", p("6"));
        b.crossScore(SO_TAI_CHINH, SO_NOI_VU, "2", p("4"));

        assertThat(b.resultOf(SO_NOI_VU).points().get("2")).isEqualByComparingTo("6.00");
    }

    @Test
    @DisplayName("bỏ điểm cao nhất và thấp nhất: 8, 6, 6, 0 → trung bình 6 và 6 = 6,00 (trung bình thường: 5,00)")
    void trimmedMeanDropsHighestAndLowest() {
        BlockScoring trimmed = block(new AggregationRule(AggregationRule.Method.TRIMMED_MEAN, BigDecimal.ZERO));
        BlockScoring plain = block(new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO));
        for (BlockScoring b : List.of(trimmed, plain)) {
            b.crossScore(SO_TU_PHAP, SO_NOI_VU, "2", p("8"));
            b.crossScore(THANH_TRA, SO_NOI_VU, "2", p("6"));
            b.crossScore(VAN_PHONG, SO_NOI_VU, "2", p("6"));
            b.crossScore(SO_TAI_CHINH, SO_NOI_VU, "2", p("0"));
        }

        assertThat(trimmed.resultOf(SO_NOI_VU).points().get("2")).isEqualByComparingTo("6.00");
        assertThat(plain.resultOf(SO_NOI_VU).points().get("2")).isEqualByComparingTo("5.00");
    }

    @Test
    @DisplayName("trọng số tự chấm 30%: tự chấm 8, chấm chéo trung bình 4 → 0,3 × 8 + 0,7 × 4 = 5,20")
    void selfAssessmentWeighted() {
        BlockScoring b = block(new AggregationRule(AggregationRule.Method.MEAN, p("0.3")));
        b.selfAssess(SO_NOI_VU, "2", p("8"));
        b.crossScore(SO_TU_PHAP, SO_NOI_VU, "2", p("4"));
        b.crossScore(THANH_TRA, SO_NOI_VU, "2", p("4"));

        assertThat(b.resultOf(SO_NOI_VU).points().get("2")).isEqualByComparingTo("5.20");
    }

    @Test
    @DisplayName("không được tự chấm chéo cho mình; điểm phải là một bậc của thang điểm và không vượt điểm tối đa")
    void selfCrossScoresAndOffLadderPointsAreRefused() {
        BlockScoring b = block(new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO));

        assertThatThrownBy(() -> b.crossScore(SO_NOI_VU, SO_NOI_VU, "2", p("8")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.self"));
        assertThatThrownBy(() -> b.crossScore(SO_TU_PHAP, SO_NOI_VU, "2", p("7")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.level"));
        assertThatThrownBy(() -> b.selfAssess(SO_NOI_VU, "BONUS2", p("16")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.range"));
        assertThatThrownBy(() -> b.selfAssess(99L, "2", p("8")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.notMember"));
    }

    @Test
    @DisplayName("ngưỡng tỷ lệ: đạt 92% → 4 điểm, 89% → 0 điểm")
    void thresholdsGivePointsByPercentage() {
        Criterion c = card().criterion("ND1.CT2a");

        assertThat(c.pointsFor(p("92"))).isEqualByComparingTo("4");
        assertThat(c.pointsFor(p("89"))).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName(
            "điều chỉnh của Ban TĐKT thay điểm tổng hợp, phải có lý do; điểm thưởng cộng, điểm trừ trừ (tổng có thể vượt 100)")
    void adjustmentsBonusesAndPenalties() {
        BlockScoring b = block(new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO));
        b.crossScore(SO_TU_PHAP, SO_NOI_VU, "1", p("3"));
        b.crossScore(SO_TU_PHAP, SO_NOI_VU, "BONUS2", p("15"));
        b.crossScore(SO_TU_PHAP, SO_NOI_VU, "PEN1", p("2"));

        assertThatThrownBy(() -> b.adjust(SO_NOI_VU, "1", p("5"), " ", "bantdkt"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.scoring.reason"));
        b.adjust(SO_NOI_VU, "1", p("5"), "Đã tổ chức hội nghị triển khai ngày 15/02 (biên bản kèm theo)", "bantdkt");

        var result = b.resultOf(SO_NOI_VU);
        assertThat(result.points().get("1")).isEqualByComparingTo("5");
        assertThat(result.total()).isEqualByComparingTo("18"); // 5 + 15 − 2
        assertThat(b.adjustmentOf(SO_NOI_VU, "1").reason()).startsWith("Đã tổ chức hội nghị");
    }

    @Test
    @DisplayName(
            "xếp hạng: bằng điểm thì ít điểm trừ hơn xếp trên; vẫn bằng thì nhiều tiêu chí đạt tối đa hơn; còn lại đồng hạng")
    void tiesAreResolvedByTheStatedRule() {
        BlockScoring b = block(new AggregationRule(AggregationRule.Method.MEAN, BigDecimal.ZERO));
        // Sở Nội vụ: 5 + 8 = 13, no penalty, 2 at maximum
        b.adjust(SO_NOI_VU, "1", p("5"), "kết quả kiểm tra", "bantdkt");
        b.adjust(SO_NOI_VU, "2", p("8"), "kết quả kiểm tra", "bantdkt");
        // Sở Tư pháp: 5 + 8 + 2 bonus − 2 penalty = 13, penalty 2
        b.adjust(SO_TU_PHAP, "1", p("5"), "kết quả kiểm tra", "bantdkt");
        b.adjust(SO_TU_PHAP, "2", p("8"), "kết quả kiểm tra", "bantdkt");
        b.adjust(SO_TU_PHAP, "BONUS2", p("2"), "kết quả kiểm tra", "bantdkt");
        b.adjust(SO_TU_PHAP, "PEN1", p("2"), "kết quả kiểm tra", "bantdkt");
        // Thanh tra: 3 + 6 + 4 = 13, no penalty, 1 at maximum
        b.adjust(THANH_TRA, "1", p("3"), "kết quả kiểm tra", "bantdkt");
        b.adjust(THANH_TRA, "2", p("6"), "kết quả kiểm tra", "bantdkt");
        b.adjust(THANH_TRA, "ND1.CT2a", p("4"), "kết quả kiểm tra", "bantdkt");
        // Văn phòng and Sở Tài chính: identical, 5 + 6
        for (long u : new long[] {VAN_PHONG, SO_TAI_CHINH}) {
            b.adjust(u, "1", p("5"), "kết quả kiểm tra", "bantdkt");
            b.adjust(u, "2", p("6"), "kết quả kiểm tra", "bantdkt");
        }

        var ranking = b.ranking();

        assertThat(ranking)
                .extracting(r -> r.rank() + ":" + r.result().unit())
                .containsExactly(
                        "1:" + SO_NOI_VU, "2:" + THANH_TRA, "3:" + SO_TU_PHAP, "4:" + VAN_PHONG, "4:" + SO_TAI_CHINH);
    }
}
