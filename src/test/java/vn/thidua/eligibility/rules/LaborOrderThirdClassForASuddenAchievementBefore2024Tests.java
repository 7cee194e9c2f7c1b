package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.LABOR_ORDER_THIRD_CLASS;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Huân chương Lao động hạng Ba cho thành tích đột xuất trước 2024 — NĐ 65/2014 Điều 17 khoản 1 điểm a")
class LaborOrderThirdClassForASuddenAchievementBefore2024Tests {

    @Test
    @DisplayName(
            "cá nhân, tập thể có thành tích xuất sắc đột xuất năm 2022 → xét được, không cần chuỗi; căn cứ suy luận")
    void aSuddenAchievementIn2022NeedsNoChain() {
        var person = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2022,
                Basis.EXTRAORDINARY,
                anIndividual().build());
        var collective = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2022,
                Basis.EXTRAORDINARY,
                aCollective().build());

        assertThat(person.eligible()).isTrue();
        assertThat(person.assumed()).contains("eligibility.assumed.suddenAchievementOldLaw");
        assertThat(person.confirmed()).isFalse();
        assertThat(collective.eligible()).isTrue();
    }

    @Test
    @DisplayName("bị kỷ luật trong năm 2022 → không xét, kể cả thành tích đột xuất")
    void disciplineInTheYearRefuses() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2022,
                Basis.EXTRAORDINARY,
                anIndividual()
                        .disciplined(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 9, 1))
                        .build());

        assertThat(verdict.eligible()).isFalse();
    }

    @Test
    @DisplayName("cùng hồ sơ trống, xét thường xuyên năm 2022 → vẫn cần Bằng khen Thủ tướng trước")
    void theRegularBasisStillNeedsTheChain() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2022,
                                Basis.REGULAR,
                                anIndividual().build())
                        .reasons())
                .extracting(Rejection::code)
                .contains("PREREQUISITE_MISSING");
    }
}
