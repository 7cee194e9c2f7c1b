package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.achievement.Award.GOVERNMENT_EMULATION_FLAG;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Cờ thi đua của Chính phủ theo chuyên đề trước 2024 — NĐ 65/2014 Điều 6 khoản 3")
class GovernmentEmulationFlagForAMovementBefore2024Tests {

    @Test
    @DisplayName(
            "tập thể dẫn đầu phong trào chuyên đề tổng kết năm 2020 → xét được, không cần xếp loại, căn cứ suy luận")
    void aCollectiveLeadingAThematicMovementIn2020MayBeProposed() {
        var verdict = RuleBook.evaluate(
                GOVERNMENT_EMULATION_FLAG, 2020, Basis.THEMATIC, aCollective().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.ledThematicMovement");
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName(
            "cá nhân → không phải đối tượng của Cờ; Cờ tỉnh chuyên đề năm 2020 vẫn “chưa mã hóa” (không tìm thấy văn bản)")
    void anIndividualIsTheWrongKindAndTheProvincialThematicFlagStaysNotEncoded() {
        assertThat(RuleBook.evaluate(
                                GOVERNMENT_EMULATION_FLAG,
                                2020,
                                Basis.THEMATIC,
                                anIndividual().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("WRONG_KIND");
        assertThatThrownBy(() -> RuleBook.evaluate(
                        PROVINCIAL_EMULATION_FLAG,
                        2020,
                        Basis.THEMATIC,
                        aCollective().build()))
                .isInstanceOf(RuleBook.NotEncoded.class);
    }
}
