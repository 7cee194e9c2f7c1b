package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.CERTIFICATE_OF_COMMENDATION;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Giấy khen cho một thành tích — Điều 75 Luật TĐKT 2022")
class CertificateOfCommendationForAnAchievementTests {

    @Test
    @DisplayName("thành tích đột xuất không đòi xếp loại hoàn thành tốt nhiệm vụ của năm")
    void noRatingNeeded() {
        var verdict = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION,
                2025,
                Basis.EXTRAORDINARY,
                anIndividual().rated(2025, COMPLETED).build());

        assertThat(verdict.eligible()).isTrue();
    }
}
