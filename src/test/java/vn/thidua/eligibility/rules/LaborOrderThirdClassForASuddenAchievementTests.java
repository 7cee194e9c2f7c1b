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

@DisplayName("Huân chương Lao động hạng Ba cho thành tích đột xuất — Điều 44 Luật TĐKT 2022 (suy luận [I])")
class LaborOrderThirdClassForASuddenAchievementTests {

    @Test
    @DisplayName("cá nhân, tập thể có thành tích đặc biệt xuất sắc đột xuất năm 2025: xét được, không cần chuỗi 5 năm")
    void aSuddenAchievementNeedsNoChain() {
        var person = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2025,
                Basis.EXTRAORDINARY,
                anIndividual().build());
        var collective = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2025,
                Basis.EXTRAORDINARY,
                aCollective().build());

        assertThat(person.eligible()).isTrue();
        assertThat(person.assumed()).contains("eligibility.assumed.exceptionalSuddenAchievement");
        assertThat(collective.eligible()).isTrue();
    }

    @Test
    @DisplayName("cùng hồ sơ trống, xét thường xuyên thì cần Bằng khen Thủ tướng trước (chuỗi điểm e)")
    void theRegularBasisStillNeedsTheChain() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2025,
                                Basis.REGULAR,
                                anIndividual().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("PREREQUISITE_MISSING");
    }

    @Test
    @DisplayName("đang bị kỷ luật trong năm thì không xét, kể cả thành tích đột xuất")
    void disciplineStillRefuses() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2025,
                Basis.EXTRAORDINARY,
                anIndividual().disciplined(LocalDate.of(2025, 2, 1), null).build());

        assertThat(verdict.eligible()).isFalse();
    }
}
