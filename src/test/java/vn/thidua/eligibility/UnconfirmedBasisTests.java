package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** An eligible verdict resting on an unconfirmed basis says so (issue 17), as a refusal does. */
@DisplayName("Căn cứ chưa được xác nhận cũng được nêu khi đủ điều kiện")
class UnconfirmedBasisTests {

    @Test
    @DisplayName("LĐTT 2024 theo Điều 24 Luật 2022 và Điều 4 NĐ 98/2023 [C]: không có căn cứ chưa xác nhận")
    void aVerdictOnConfirmedProvisionsIsConfirmed() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2024, anIndividual().rated(2024, GOOD).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.confirmed()).isTrue();
        assertThat(verdict.unconfirmed()).isEmpty();
    }

    @Test
    @DisplayName("LĐTT 2022 dựa vào quy định kỷ luật trước 2024 [I]: đủ điều kiện nhưng nêu căn cứ chưa xác nhận")
    void anEligibleVerdictOnAnInferredProvisionSaysSo() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2022, anIndividual().rated(2022, GOOD).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.confirmed()).isFalse();
        assertThat(verdict.unconfirmed()).anyMatch(u -> u.contains("căn cứ chưa được xác nhận"));
    }

    @Test
    @DisplayName("thành tích năm 2026 trở đi: Luật sửa đổi 2026 chưa xác nhận, kết quả được đánh dấu")
    void aVerdictFor2026OrLaterIsMarkedWhileTheAmendmentIsUnconfirmed() {
        Verdict y2025 = RuleBook.evaluate(
                ADVANCED_WORKER, 2025, anIndividual().rated(2025, GOOD).build());
        Verdict y2026 = RuleBook.evaluate(
                ADVANCED_WORKER, 2026, anIndividual().rated(2026, GOOD).build());

        assertThat(y2025.unconfirmed()).doesNotContain(RuleBook.AMENDMENT_NOTE);
        assertThat(y2026.eligible()).isTrue();
        assertThat(y2026.unconfirmed()).contains(RuleBook.AMENDMENT_NOTE);
    }

    @Test
    @DisplayName("Cờ thi đua cấp tỉnh: chỉ tiêu khối cố định (R09) được nêu là chưa xác nhận")
    void theProvincialFlagsFixedQuotaIsMarked() {
        Verdict flag = RuleBook.evaluate(
                vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG,
                2024,
                CandidateBuilder.aCollective()
                        .rated(2024, vn.thidua.achievement.Rating.EXCELLENT)
                        .rankedInBlock(2024, 1)
                        .build());

        assertThat(flag.unconfirmed()).contains(RuleBook.QUOTA_NOTE);
    }
}
