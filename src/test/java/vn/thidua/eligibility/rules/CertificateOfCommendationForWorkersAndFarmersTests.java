package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.CERTIFICATE_OF_COMMENDATION;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Giấy khen cho người trực tiếp lao động — Điều 75 Luật TĐKT 2022 (suy luận [I])")
class CertificateOfCommendationForWorkersAndFarmersTests {

    @Test
    @DisplayName("nông dân không có xếp loại nhưng có mô hình sản xuất hiệu quả năm 2025 → đủ điều kiện")
    void aFarmerWithoutARatingButWithAModelQualifies() {
        var verdict = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION,
                2025,
                anIndividual().directWorker().withProductionModel(2025, null).build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("công nhân có sáng kiến năm 2025 → đủ điều kiện; sáng kiến năm 2024 không thay cho năm 2025")
    void aWorkersInitiativeOfTheYearQualifies() {
        assertThat(RuleBook.evaluate(
                                CERTIFICATE_OF_COMMENDATION,
                                2025,
                                anIndividual()
                                        .directWorker()
                                        .withInitiative(2025, GRASSROOTS)
                                        .build())
                        .eligible())
                .isTrue();
        var lastYear = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION,
                2025,
                anIndividual().directWorker().withInitiative(2024, GRASSROOTS).build());
        assertThat(lastYear.reasons())
                .extracting(Rejection::code)
                .containsExactly("RATING_MISSING", "NO_WORKER_OR_FARMER_ROUTE");
    }
}
