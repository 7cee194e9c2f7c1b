package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.InitiativeScope.PROVINCIAL;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CandidateBuilder;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;

@DisplayName("Chiến sĩ thi đua cấp tỉnh trước 2024 — Điều 22 Luật TĐKT 2003 (sửa đổi 2013)")
class ProvincialEmulationFighterCriteriaBefore2024Tests {

    private static CandidateBuilder fighter2019to2021() {
        return anIndividual()
                .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2021, GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    @DisplayName("3 năm liên tục CSTĐCS 2019–2021 và sáng kiến cấp tỉnh năm 2020 → đủ điều kiện năm 2021 theo luật cũ")
    void threeFighterYearsAndAProvincialInitiativeQualify() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2021,
                fighter2019to2021().withInitiative(2020, PROVINCIAL).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2003_ND91);
        assertThat(verdict.assumed()).contains("eligibility.assumed.registered");
    }

    @Test
    @DisplayName("chỉ 2 năm CSTĐCS (2020–2021) thì thiếu năm 2019")
    void twoFighterYearsAreNotEnough() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2021,
                anIndividual()
                        .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .withInitiative(2020, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("CHAIN_BROKEN");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2019);
    }

    @Test
    @DisplayName("sáng kiến chỉ ở phạm vi cơ sở thì không đủ")
    void aGrassrootsInitiativeIsTooNarrow() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2021,
                fighter2019to2021().withInitiative(2021, GRASSROOTS).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("INITIATIVE_SCOPE");
    }
}
