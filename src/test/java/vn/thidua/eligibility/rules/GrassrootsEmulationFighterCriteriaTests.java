package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.Verdict;

@DisplayName("Chiến sĩ thi đua cơ sở — Điều 23 Luật TĐKT 2022")
class GrassrootsEmulationFighterCriteriaTests {

    @Test
    @DisplayName("khoản 1 và 2: Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ")
    void advancedWorkerRatedExcellentQualifies() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .holding(2024, ADVANCED_WORKER)
                        .rated(2024, EXCELLENT)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).doesNotContain("eligibility.assumed.advancedWorkerSameRound");
    }

    @Test
    @DisplayName("khoản 2: hoàn thành tốt nhiệm vụ cộng sáng kiến được cơ sở công nhận")
    void goodRatingWithAnInitiativeQualifies() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .holding(2024, ADVANCED_WORKER)
                        .rated(2024, GOOD)
                        .withInitiative(2024, GRASSROOTS)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("khoản 2: sáng kiến và xếp loại xuất sắc của năm trước không được tính")
    void lastYearsInitiativeAndRatingDoNotCount() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .holding(2024, ADVANCED_WORKER)
                        .rated(2023, EXCELLENT)
                        .rated(2024, GOOD)
                        .withInitiative(2023, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_EXCELLENT_RATING_OR_INITIATIVE");
    }

    @Test
    @DisplayName("khoản 1: Lao động tiên tiến xét cùng đợt được nêu là giả định")
    void advancedWorkerDecidedInTheSameRoundIsAssumed() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual().rated(2024, EXCELLENT).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.advancedWorkerSameRound");
    }

    @Test
    @DisplayName("khoản 1: không đạt Lao động tiên tiến thì không xét")
    void withoutAdvancedWorkerNothingElseHelps() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .rated(2024, COMPLETED)
                        .withInitiative(2024, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_ADVANCED_WORKER");
    }
}
