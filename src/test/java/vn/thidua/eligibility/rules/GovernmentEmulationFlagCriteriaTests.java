package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GOVERNMENT_EMULATION_FLAG;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Cờ thi đua của Chính phủ — khoản 1 Điều 25 Luật TĐKT 2022")
class GovernmentEmulationFlagCriteriaTests {

    @Test
    @DisplayName("dẫn đầu khối thi đua của tỉnh trong năm thì được đề nghị (trong hạn mức 20%)")
    void blockLeaderMayBeProposed() {
        assertThat(RuleBook.evaluate(
                                GOVERNMENT_EMULATION_FLAG,
                                2025,
                                aCollective()
                                        .rated(2025, EXCELLENT)
                                        .rankedInBlock(2025, 1)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("không dẫn đầu khối thì không đạt, dù hoàn thành xuất sắc nhiệm vụ")
    void excellentButNotLeaderFails() {
        var verdict = RuleBook.evaluate(
                GOVERNMENT_EMULATION_FLAG,
                2025,
                aCollective().rated(2025, EXCELLENT).rankedInBlock(2025, 4).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NOT_BLOCK_LEADER");
    }

    @Test
    @DisplayName("không xét cho cá nhân")
    void notForIndividuals() {
        assertThat(RuleBook.evaluate(
                                GOVERNMENT_EMULATION_FLAG, 2025, anIndividual().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("WRONG_KIND");
    }
}
