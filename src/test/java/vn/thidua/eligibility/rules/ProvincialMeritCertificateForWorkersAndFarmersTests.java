package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Chủ tịch UBND tỉnh cho người trực tiếp lao động — Điều 74 Luật TĐKT 2022 (suy luận [I])")
class ProvincialMeritCertificateForWorkersAndFarmersTests {

    @Test
    @DisplayName("công nhân có sáng kiến năm 2025 → đủ điều kiện, căn cứ được nêu là chưa xác nhận")
    void aWorkerWithAnInitiativeQualifiesAndTheVerdictSaysItIsInferred() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .directWorker()
                        .rated(2025, GOOD)
                        .withInitiative(2025, GRASSROOTS)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName("sáng kiến năm 2023 đã quá 2 năm trước năm xét 2025 thì không tính")
    void anInitiativeOlderThanTheYearBeforeDoesNotCount() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual().directWorker().withInitiative(2023, GRASSROOTS).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).contains("NO_WORKER_OR_FARMER_ROUTE");
    }

    @Test
    @DisplayName("nông dân có mô hình hiệu quả năm 2025 → đủ điều kiện; mô hình đã ngừng năm 2024 thì không")
    void aModelRunningInTheYearQualifiesAndOneThatStoppedDoesNot() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                anIndividual()
                                        .directWorker()
                                        .withProductionModel(2025, null)
                                        .build())
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                anIndividual()
                                        .directWorker()
                                        .withProductionModel(2020, 2024)
                                        .build())
                        .eligible())
                .isFalse();
    }

    @Test
    @DisplayName("R17: đã nhận Bằng khen tỉnh cho năm 2025 thì không xét lại")
    void alreadyReceivedForTheYear() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .directWorker()
                        .withInitiative(2025, GRASSROOTS)
                        .received(LocalDate.of(2026, 1, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).contains("ALREADY_RECEIVED");
    }
}
