package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.NATIONAL_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.NATIONAL;
import static vn.thidua.achievement.InitiativeScope.PROVINCIAL;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Chiến sĩ thi đua toàn quốc trước 2024 — Điều 21 Luật TĐKT 2003 (sửa đổi 2013), suy luận [I]")
class NationalEmulationFighterCriteriaBefore2024Tests {

    @Test
    @DisplayName("CSTĐ tỉnh 2020 và 2023 liên tiếp, sáng kiến toàn quốc 2022 → đủ điều kiện năm 2023")
    void twoProvincialTitlesAndANationalInitiativeQualify() {
        var verdict = RuleBook.evaluate(
                NATIONAL_EMULATION_FIGHTER,
                2023,
                anIndividual()
                        .holding(2020, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2023, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2022, NATIONAL)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName("sáng kiến mới ở phạm vi tỉnh thì chưa đủ")
    void aProvincialInitiativeIsNotNational() {
        var verdict = RuleBook.evaluate(
                NATIONAL_EMULATION_FIGHTER,
                2023,
                anIndividual()
                        .holding(2020, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2023, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2022, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("INITIATIVE_SCOPE");
    }
}
