package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName(
        "Bằng khen của Thủ tướng cho một thành tích, trước 2024 — khoản 1 Điều 38 Nghị định 91/2017/NĐ-CP (suy luận)")
class PrimeMinisterMeritCertificateForAnAchievementBefore2024Tests {

    @Test
    @DisplayName("tập thể có thành tích trong phong trào chuyên đề năm 2023 → xét được; trước đây bị trả lời 422")
    void aCollectivesThematicAchievementIn2023IsJudged() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2023,
                                Basis.THEMATIC,
                                aCollective().build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("đang bị kỷ luật trong năm 2023 thì không xét (kỷ luật trước 2024, suy luận)")
    void disciplineInTheYearRefuses() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                Basis.EXTRAORDINARY,
                aCollective()
                        .disciplined(java.time.LocalDate.of(2023, 6, 1), java.time.LocalDate.of(2023, 12, 1))
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("DISCIPLINE_IN_PERIOD");
    }
}
