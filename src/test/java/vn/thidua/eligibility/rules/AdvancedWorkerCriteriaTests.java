package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;
import vn.thidua.eligibility.Verdict;

@DisplayName("Lao động tiên tiến — khoản 1 Điều 24 Luật TĐKT 2022")
class AdvancedWorkerCriteriaTests {

    @Test
    @DisplayName("điểm a: hoàn thành tốt nhiệm vụ là đủ")
    void goodRatingQualifies() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2024, anIndividual().rated(2024, GOOD).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2022_ND98);
        assertThat(verdict.assumed()).contains("eligibility.assumed.sixMonthsEmployed", "eligibility.assumed.conduct");
    }

    @Test
    @DisplayName("điểm a: hoàn thành nhiệm vụ (đơn thuần) là chưa đủ")
    void completedRatingIsNotEnough() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2024, anIndividual().rated(2024, COMPLETED).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
        assertThat(verdict.reasons().get(0).legalReference().cite())
                .isEqualTo("khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022");
    }

    @Test
    @DisplayName("điểm a: xếp loại của năm khác không được tính")
    void aRatingOfAnotherYearDoesNotCount() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2024, anIndividual().rated(2023, EXCELLENT).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_MISSING");
    }

    @Test
    @DisplayName("khoản 1: danh hiệu dành cho cá nhân, không xét cho tập thể")
    void isForIndividualsOnly() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2024, aCollective().rated(2024, EXCELLENT).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("WRONG_KIND");
    }

    @Test
    @DisplayName("từ 01/7/2025 vẫn là Điều 24, theo Nghị định 152/2025/NĐ-CP")
    void theSameCriteriaAfterTheJuly2025Decree() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2025, anIndividual().rated(2025, GOOD).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2022_ND152);
    }
}
