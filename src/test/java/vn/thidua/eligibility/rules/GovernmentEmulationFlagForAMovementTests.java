package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GOVERNMENT_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Cờ thi đua của Chính phủ cho phong trào chuyên đề — khoản 3 Điều 25 Luật TĐKT 2022")
class GovernmentEmulationFlagForAMovementTests {

    @Test
    @DisplayName("tập thể dẫn đầu phong trào chuyên đề Thủ tướng phát động, tổng kết sau 05 năm: xét được, không cần"
            + " kết quả khối")
    void aCollectiveLeadingAThematicMovementMayBeProposed() {
        var verdict = RuleBook.evaluate(
                GOVERNMENT_EMULATION_FLAG, 2025, Basis.THEMATIC, aCollective().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.ledThematicMovement");
        assertThat(verdict.confirmed()).isTrue();
    }

    @Test
    @DisplayName("Cờ không xét cho thành tích đột xuất, cũng không xét cho cá nhân")
    void notForASuddenAchievementNorForAPerson() {
        assertThat(RuleBook.evaluate(
                                GOVERNMENT_EMULATION_FLAG,
                                2025,
                                Basis.EXTRAORDINARY,
                                aCollective().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("TITLE_ON_REGULAR_BASIS_ONLY");
        assertThat(RuleBook.evaluate(
                                GOVERNMENT_EMULATION_FLAG,
                                2025,
                                Basis.THEMATIC,
                                anIndividual().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("WRONG_KIND");
    }
}
