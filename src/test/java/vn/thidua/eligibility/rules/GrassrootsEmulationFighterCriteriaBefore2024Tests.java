package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.Verdict;

@DisplayName("Chiến sĩ thi đua cơ sở trước 2024 — khoản 3 Điều 9 Nghị định 91/2017/NĐ-CP")
class GrassrootsEmulationFighterCriteriaBefore2024Tests {

    @Test
    @DisplayName("khoản 3: Lao động tiên tiến và sáng kiến được cơ sở công nhận")
    void advancedWorkerWithAnInitiativeQualifies() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2023,
                anIndividual()
                        .holding(2023, ADVANCED_WORKER)
                        .rated(2023, GOOD)
                        .withInitiative(2023, GRASSROOTS)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("khoản 3: hoàn thành xuất sắc nhiệm vụ không thay thế sáng kiến")
    void anExcellentRatingDoesNotReplaceTheInitiative() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2023,
                anIndividual()
                        .holding(2023, ADVANCED_WORKER)
                        .rated(2023, EXCELLENT)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_INITIATIVE");
    }

    @Test
    @DisplayName("ngày luật mới có hiệu lực: cùng hồ sơ, năm 2023 chưa đủ, năm 2024 đủ (Điều 23 Luật 2022)")
    void theSameHistoryQualifiesFromTheDayTheNewLawTakesEffect() {
        var history = anIndividual()
                .holding(2023, ADVANCED_WORKER)
                .rated(2023, EXCELLENT)
                .holding(2024, ADVANCED_WORKER)
                .rated(2024, EXCELLENT)
                .build();

        assertThat(RuleBook.evaluate(GRASSROOTS_EMULATION_FIGHTER, 2023, history)
                        .eligible())
                .isFalse();
        assertThat(RuleBook.evaluate(GRASSROOTS_EMULATION_FIGHTER, 2024, history)
                        .eligible())
                .isTrue();
    }
}
