package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.DISTRICT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.InitiativeScope.PROVINCIAL;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng cho công nhân, nông dân — khoản 2 Điều 73 Luật TĐKT 2022")
class PrimeMinisterMeritCertificateForWorkersAndFarmersTests {

    @Test
    @DisplayName("công nhân có sáng kiến được công nhận cấp huyện năm 2024, chưa có Bằng khen tỉnh → đủ điều kiện")
    void aWorkerWithADistrictInitiativeQualifiesWithoutTheProvincialChain() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .directWorker()
                        .rated(2024, GOOD)
                        .withInitiative(2024, DISTRICT)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.trainedColleagues");
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    @DisplayName("sáng kiến cấp tỉnh cũng đạt (\"từ cấp huyện trở lên\")")
    void aProvincialInitiativeIsWiderThanDistrict() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2025,
                                anIndividual()
                                        .directWorker()
                                        .withInitiative(2025, PROVINCIAL)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("công nhân chỉ có sáng kiến cấp cơ sở thì không đạt khoản 2; lý do nêu cả hai con đường")
    void aGrassrootsInitiativeIsNotEnough() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual().directWorker().withInitiative(2024, GRASSROOTS).build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .containsExactly("PREREQUISITE_MISSING", "NO_WORKER_OR_FARMER_ROUTE");
        assertThat(verdict.reasons().get(1).legalReference().clause()).isEqualTo("2");
    }

    @Test
    @DisplayName("người không trực tiếp lao động có sáng kiến cấp huyện: khoản 2 không áp dụng, chỉ xét chuỗi khoản 1")
    void theWorkerRouteIsOnlyForDirectWorkers() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual().withInitiative(2024, DISTRICT).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("PREREQUISITE_MISSING");
    }

    @Test
    @DisplayName("nông dân có mô hình sản xuất hiệu quả, ổn định 2023–2024 (02 năm) → đủ điều kiện năm 2024")
    void aFarmersModelOfTwoYearsQualifies() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual().directWorker().withProductionModel(2023, null).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.modelCreatesJobs");
    }

    @Test
    @DisplayName("mô hình mới có 1 năm (2024) thì chưa đủ 02 năm")
    void aModelOfOneYearIsNotEnough() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual().directWorker().withProductionModel(2024, null).build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons().get(1).args()).containsExactly(2024, 1);
    }

    @Test
    @DisplayName("mô hình đã ngừng hiệu quả từ 2023 không là căn cứ cho năm 2024")
    void aModelThatStoppedIsNotEvidence() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2024,
                                anIndividual()
                                        .directWorker()
                                        .withProductionModel(2019, 2023)
                                        .build())
                        .eligible())
                .isFalse();
    }

    @Test
    @DisplayName("R17: sáng kiến cấp huyện năm 2022 đã dùng cho Bằng khen Thủ tướng năm 2023 không tính lại cho 2024")
    void anInitiativeUsedForAnEarlierCertificateIsNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .directWorker()
                        .withInitiative(2022, DISTRICT)
                        .received(LocalDate.of(2023, 3, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).contains("NO_WORKER_OR_FARMER_ROUTE");
    }
}
