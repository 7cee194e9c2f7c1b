package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName(
        "Bằng khen của Thủ tướng cho công nhân, nông dân trước 2024 — NĐ 65/2014 Điều 23 khoản 2 (giữ trong NĐ 91)")
class PrimeMinisterMeritCertificateForWorkersAndFarmersBefore2024Tests {

    @Test
    @DisplayName("công nhân có 02 sáng kiến cơ sở (2022, 2023), chưa có BK tỉnh → đủ điều kiện, căn cứ suy luận [I]")
    void aWorkerWithTwoInitiativesIsEligibleWithoutTheProvincialChain() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual()
                        .directWorker()
                        .withInitiative(2022, GRASSROOTS)
                        .withInitiative(2023, GRASSROOTS)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.trainedColleagues");
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName("công nhân chỉ có 01 sáng kiến → không đủ, nêu cả chuỗi chung và con đường công nhân (hiện có 1)")
    void aWorkerWithOneInitiativeIsRefusedNamingTheCount() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual().directWorker().withInitiative(2023, GRASSROOTS).build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .contains("PREREQUISITE_MISSING", "NO_WORKER_OR_FARMER_ROUTE");
        assertThat(verdict.reasons())
                .filteredOn(r -> r.code().equals("NO_WORKER_OR_FARMER_ROUTE"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.messageKey()).isEqualTo("eligibility.bkTtg.workerRouteBefore2024");
                    assertThat(r.args()).containsExactly(2023, 1L, 0);
                    assertThat(r.legalReference().article()).isEqualTo("23");
                });
    }

    @Test
    @DisplayName(
            "sáng kiến đã tính cho BK Thủ tướng năm 2020 không tính lại: 2019 + 2021 → chỉ 1 sáng kiến mới, không đủ")
    void initiativesCountedForAnEarlierCertificateAreNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual()
                        .directWorker()
                        .received(LocalDate.of(2020, 5, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .withInitiative(2019, GRASSROOTS)
                        .withInitiative(2021, GRASSROOTS)
                        .build());

        assertThat(verdict.eligible()).isFalse();
    }

    @Test
    @DisplayName("nông dân có mô hình hiệu quả, ổn định từ 2022 (02 năm đến 2023) → đủ điều kiện")
    void aFarmerWithATwoYearModelIsEligible() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual().withProductionModel(2022, null).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.modelCreatesJobs");
    }

    @Test
    @DisplayName("nông dân có mô hình từ 2023 (01 năm) → chưa đủ 02 năm")
    void aFarmerWithAOneYearModelIsRefused() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual().withProductionModel(2023, null).build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).contains("NO_WORKER_OR_FARMER_ROUTE");
    }

    @Test
    @DisplayName("người không trực tiếp lao động có 02 sáng kiến → chỉ xét chuỗi chung, không đủ")
    void someoneElseIsJudgedOnTheGeneralChainOnly() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual()
                        .withInitiative(2022, GRASSROOTS)
                        .withInitiative(2023, GRASSROOTS)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).doesNotContain("NO_WORKER_OR_FARMER_ROUTE");
    }

    @Test
    @DisplayName("công nhân đạt chuỗi chung của NĐ 91 → đủ điều kiện theo chuỗi chung")
    void aWorkerMeetingTheGeneralChainIsStillEligible() {
        var builder = anIndividual()
                .directWorker()
                .received(LocalDate.of(2018, 4, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                .rated(2018, 2023, EXCELLENT);
        for (int y = 2019; y <= 2023; y++) {
            builder.withInitiative(y, GRASSROOTS);
        }

        assertThat(RuleBook.evaluate(PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2023, builder.build())
                        .eligible())
                .isTrue();
    }
}
