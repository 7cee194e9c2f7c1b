package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng cho một thành tích — điểm a, c khoản 1 Điều 73 Luật TĐKT 2022")
class PrimeMinisterMeritCertificateForAnAchievementTests {

    @Test
    @DisplayName("thành tích điển hình phạm vi tỉnh: không cần Bằng khen tỉnh trước đó")
    void noPrerequisiteForOneOutstandingAchievement() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2025,
                Basis.THEMATIC,
                anIndividual().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.outstandingAchievementProvincialScope");
    }

    @Test
    @DisplayName("tập thể có thành tích đột xuất cũng được xét")
    void collectivesToo() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2025,
                                Basis.EXTRAORDINARY,
                                aCollective().build())
                        .eligible())
                .isTrue();
    }
}
