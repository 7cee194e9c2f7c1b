package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.DISTRICT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng cho công nhân, nông dân trước 2024 — chưa mã hóa, nói rõ trong kết luận")
class PrimeMinisterMeritCertificateForWorkersAndFarmersBefore2024Tests {

    @Test
    @DisplayName(
            "công nhân có sáng kiến cấp huyện năm 2023, chưa có BK tỉnh → không kết luận “đủ”, nêu con đường chưa mã hóa")
    void aWorkerBefore2024IsToldTheOldWorkerRouteIsNotEncoded() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual().directWorker().withInitiative(2023, DISTRICT).build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .contains("PREREQUISITE_MISSING", "WORKER_ROUTE_NOT_ENCODED");
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName("nông dân có mô hình từ 2020 → cũng được báo con đường riêng chưa mã hóa")
    void aFarmerBefore2024IsToldToo() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual().withProductionModel(2020, null).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).contains("WORKER_ROUTE_NOT_ENCODED");
    }

    @Test
    @DisplayName("người không trực tiếp lao động → chỉ lý do của chuỗi chung, không nhắc con đường công nhân")
    void someoneElseGetsOnlyTheGeneralChainsReasons() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2023, anIndividual().build());

        assertThat(verdict.reasons()).extracting(Rejection::code).doesNotContain("WORKER_ROUTE_NOT_ENCODED");
    }

    @Test
    @DisplayName("công nhân đạt chuỗi chung của NĐ 91 → đủ điều kiện; con đường chưa mã hóa không làm hỏng")
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
