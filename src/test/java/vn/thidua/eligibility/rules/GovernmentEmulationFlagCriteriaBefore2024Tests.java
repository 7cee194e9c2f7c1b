package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GOVERNMENT_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.shared.LegalReference;

@DisplayName("Cờ thi đua của Chính phủ trước 2024 — Điều 11 Nghị định 91/2017/NĐ-CP")
class GovernmentEmulationFlagCriteriaBefore2024Tests {

    @Test
    @DisplayName("chưa có kết quả suy tôn của khối năm 2023 thì chưa xét được, dẫn Điều 11 NĐ 91")
    void withoutBlockResultCitesDecree91() {
        var verdict = RuleBook.evaluate(
                GOVERNMENT_EMULATION_FLAG,
                2023,
                aCollective()
                        .rated(2023, vn.thidua.achievement.Rating.EXCELLENT)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_BLOCK_STANDING");
        assertThat(verdict.reasons().get(0).legalReference())
                .extracting(LegalReference::document, LegalReference::article)
                .containsExactly("Nghị định 91/2017/NĐ-CP", "11");
    }
}
