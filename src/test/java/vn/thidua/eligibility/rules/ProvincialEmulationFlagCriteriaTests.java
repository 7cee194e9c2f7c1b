package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Cờ thi đua của UBND tỉnh — khoản 1 Điều 26 Luật TĐKT 2022 (căn cứ suy luận [I])")
class ProvincialEmulationFlagCriteriaTests {

    @Test
    @DisplayName("tập thể dẫn đầu khối thi đua trong năm; vượt chỉ tiêu và mô hình mới được nêu là coi như đạt")
    void blockLeaderQualifies() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2025,
                aCollective()
                        .rated(2025, vn.thidua.achievement.Rating.EXCELLENT)
                        .rankedInBlock(2025, 1)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.exceededTargets", "eligibility.assumed.newModel");
    }

    @Test
    @DisplayName("xếp thứ 2 trong khối thì không đạt")
    void secondPlaceFails() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2025,
                aCollective()
                        .rated(2025, vn.thidua.achievement.Rating.EXCELLENT)
                        .rankedInBlock(2025, 2)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NOT_BLOCK_LEADER");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2025, 2);
    }

    @Test
    @DisplayName("dẫn đầu khối năm trước không thay cho năm được xét")
    void leadingLastYearDoesNotCount() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2025,
                aCollective()
                        .rated(2025, vn.thidua.achievement.Rating.EXCELLENT)
                        .rankedInBlock(2024, 1)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_BLOCK_STANDING");
    }

    @Test
    @DisplayName(
            "issue 17: hồ sơ ghi tập thể chỉ hoàn thành tốt nhiệm vụ thì không coi là vượt mức chỉ tiêu — không đạt dù"
                    + " dẫn đầu khối")
    void aCollectiveRatedOnlyGoodIsNotAssumedToHaveExceededItsTargets() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2025,
                aCollective()
                        .rated(2025, vn.thidua.achievement.Rating.GOOD)
                        .rankedInBlock(2025, 1)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("FLAG_RATING_TOO_LOW");
        assertThat(verdict.assumed()).doesNotContain("eligibility.assumed.exceededTargets");
    }

    @Test
    @DisplayName("issue 17: chưa có xếp loại của tập thể năm xét thì chưa xét Cờ")
    void aCollectiveWithoutARatingForTheYearIsNotJudgedAFlag() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2025,
                aCollective().rankedInBlock(2025, 1).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_MISSING");
    }
}
