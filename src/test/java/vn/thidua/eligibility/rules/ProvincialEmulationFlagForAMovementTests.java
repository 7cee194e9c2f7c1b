package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Cờ thi đua của UBND tỉnh cho phong trào chuyên đề — khoản 2 Điều 26 Luật TĐKT 2022 (suy luận [I])")
class ProvincialEmulationFlagForAMovementTests {

    @Test
    @DisplayName("tập thể dẫn đầu phong trào chuyên đề của tỉnh tổng kết sau 05 năm: xét được, căn cứ nêu là suy luận;"
            + " không áp chỉ tiêu khối")
    void aCollectiveLeadingAProvincialMovementMayBeProposed() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG, 2024, Basis.THEMATIC, aCollective().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.confirmed()).isFalse();
        assertThat(verdict.unconfirmed()).noneMatch(u -> u.startsWith("Chỉ tiêu Cờ thi đua"));
    }

    @Test
    @DisplayName("tập thể đang bị kỷ luật trong năm tổng kết thì không xét")
    void disciplineInTheYearRefuses() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2024,
                Basis.THEMATIC,
                aCollective()
                        .disciplined(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1))
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).isNotEmpty();
        assertThat(verdict.eligible()).isFalse();
    }
}
