package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.LABOR_ORDER_THIRD_CLASS;
import static vn.thidua.achievement.InitiativeScope.DISTRICT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Huân chương Lao động hạng Ba cho công nhân, nông dân trước 2024 — NĐ 65/2014 Điều 17 khoản 2")
class LaborOrderThirdClassForWorkersAndFarmersBefore2024Tests {

    @Test
    @DisplayName("công nhân có 03 sáng kiến cấp huyện (2021–2023), chưa có BK Thủ tướng → đủ điều kiện")
    void aWorkerWithThreeDistrictInitiativesIsEligible() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2023,
                anIndividual()
                        .directWorker()
                        .withInitiative(2021, DISTRICT)
                        .withInitiative(2022, DISTRICT)
                        .withInitiative(2023, DISTRICT)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.trainedColleagues");
    }

    @Test
    @DisplayName("công nhân có 02 sáng kiến cấp huyện và 01 cấp cơ sở → chưa đủ 03 sáng kiến cấp huyện")
    void aWorkerWithTwoDistrictInitiativesIsRefused() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2023,
                anIndividual()
                        .directWorker()
                        .withInitiative(2021, GRASSROOTS)
                        .withInitiative(2022, DISTRICT)
                        .withInitiative(2023, DISTRICT)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .contains("PREREQUISITE_MISSING", "NO_WORKER_OR_FARMER_ROUTE");
    }

    @Test
    @DisplayName("nông dân có mô hình từ 2021 (03 năm đến 2023) → đủ; từ 2022 (02 năm) → chưa đủ")
    void aFarmersModelNeedsThreeYears() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2023,
                                anIndividual().withProductionModel(2021, null).build())
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2023,
                                anIndividual().withProductionModel(2022, null).build())
                        .eligible())
                .isFalse();
    }

    @Test
    @DisplayName("nông dân có mô hình 01 năm nhưng có sáng kiến cấp huyện → đủ; sáng kiến cấp cơ sở thì không")
    void aFarmerWithADistrictInitiativeIsEligible() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2023,
                                anIndividual()
                                        .withProductionModel(2023, null)
                                        .withInitiative(2023, DISTRICT)
                                        .build())
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2023,
                                anIndividual()
                                        .withProductionModel(2023, null)
                                        .withInitiative(2023, GRASSROOTS)
                                        .build())
                        .eligible())
                .isFalse();
    }

    @Test
    @DisplayName(
            "từ 2024 con đường này không áp dụng: công nhân có 03 sáng kiến cấp huyện năm 2024 chỉ xét chuỗi Điều 44")
    void theOldRouteDoesNotApplyFrom2024() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2024,
                anIndividual()
                        .directWorker()
                        .withInitiative(2022, DISTRICT)
                        .withInitiative(2023, DISTRICT)
                        .withInitiative(2024, DISTRICT)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).doesNotContain("NO_WORKER_OR_FARMER_ROUTE");
    }
}
