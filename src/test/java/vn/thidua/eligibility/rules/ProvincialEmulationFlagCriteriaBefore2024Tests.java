package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;

@DisplayName("Cờ thi đua của UBND tỉnh trước 2024 — Điều 12 Nghị định 91/2017/NĐ-CP")
class ProvincialEmulationFlagCriteriaBefore2024Tests {

    @Test
    @DisplayName("so sánh trong khối do tỉnh tổ chức: dẫn đầu khối năm 2023")
    void blockLeaderIn2023Qualifies() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2023,
                aCollective()
                        .rated(2023, vn.thidua.achievement.Rating.EXCELLENT)
                        .rankedInBlock(2023, 1)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2003_ND91);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    @DisplayName("xếp thứ 3 năm 2021 thì không đạt")
    void thirdPlaceFails() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_EMULATION_FLAG,
                                2021,
                                aCollective().rankedInBlock(2021, 3).build())
                        .eligible())
                .isFalse();
    }
}
