package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.CERTIFICATE_OF_COMMENDATION;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Giấy khen trước 2024 — Điều 75 Luật TĐKT 2003 (sửa đổi 2013), suy luận [I]")
class CertificateOfCommendationCriteriaBefore2024Tests {

    @Test
    @DisplayName("năm 2022 hoàn thành tốt nhiệm vụ → đủ điều kiện; chỉ hoàn thành nhiệm vụ → không đủ")
    void goodQualifiesAndMerelyCompletedDoesNot() {
        assertThat(RuleBook.evaluate(
                                CERTIFICATE_OF_COMMENDATION,
                                2022,
                                anIndividual().rated(2022, GOOD).build())
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(
                                CERTIFICATE_OF_COMMENDATION,
                                2022,
                                anIndividual().rated(2022, COMPLETED).build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("RATING_TOO_LOW");
    }
}
