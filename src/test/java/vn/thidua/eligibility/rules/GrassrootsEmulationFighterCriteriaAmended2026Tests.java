package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;
import vn.thidua.shared.LegalReference;

@DisplayName("Chiến sĩ thi đua cơ sở theo Luật sửa đổi 2026 — chưa xác nhận, chỉ áp dụng khi tỉnh cấu hình")
class GrassrootsEmulationFighterCriteriaAmended2026Tests {

    @AfterEach
    void withdrawTheAmendment() {
        RulesInForce.amendment2026From(null);
    }

    @Test
    @DisplayName("chưa cấu hình: thành tích 2026 vẫn xét theo Điều 23 hiện hành (xuất sắc là đủ)")
    void notAppliedUntilConfigured() {
        var verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2026,
                anIndividual().rated(2026, EXCELLENT).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2022_ND152);
    }

    @Test
    @DisplayName("áp dụng từ 01/10/2026: cần cả hoàn thành xuất sắc nhiệm vụ và sáng kiến; căn cứ ghi là chưa xác nhận")
    void bothExcellenceAndAnInitiativeOnceApplied() {
        RulesInForce.amendment2026From(LocalDate.of(2026, 10, 1));

        var excellentOnly = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2026,
                anIndividual().rated(2026, EXCELLENT).build());
        var initiativeOnly = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2026,
                anIndividual()
                        .rated(2026, GOOD)
                        .withInitiative(2026, GRASSROOTS)
                        .build());
        var both = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2026,
                anIndividual()
                        .rated(2026, EXCELLENT)
                        .withInitiative(2026, GRASSROOTS)
                        .build());

        assertThat(excellentOnly.reasons()).extracting(Rejection::code).containsExactly("NO_INITIATIVE");
        assertThat(excellentOnly.reasons().get(0).legalReference().certainty())
                .isEqualTo(LegalReference.Certainty.UNCONFIRMED);
        assertThat(initiativeOnly.reasons()).extracting(Rejection::code).containsExactly("NO_EXCELLENT_RATING");
        assertThat(both.eligible()).isTrue();
    }

    @Test
    @DisplayName("thành tích năm 2025 vẫn theo quy định của năm 2025 dù đã cấu hình sửa đổi")
    void earlierAchievementsKeepTheirRules() {
        RulesInForce.amendment2026From(LocalDate.of(2026, 10, 1));

        assertThat(RuleBook.evaluate(
                                GRASSROOTS_EMULATION_FIGHTER,
                                2025,
                                anIndividual().rated(2025, EXCELLENT).build())
                        .eligible())
                .isTrue();
    }
}
