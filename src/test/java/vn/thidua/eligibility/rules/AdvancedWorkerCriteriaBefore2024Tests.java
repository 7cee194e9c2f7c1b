package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;
import vn.thidua.eligibility.Verdict;

@DisplayName("Lao động tiên tiến trước 2024 — Luật TĐKT 2003, Nghị định 91/2017")
class AdvancedWorkerCriteriaBefore2024Tests {

    @Test
    @DisplayName("hoàn thành tốt nhiệm vụ; đăng ký thi đua và 10 tháng công tác được nêu là giả định")
    void goodRatingQualifiesAndRegistrationIsAssumed() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2023, anIndividual().rated(2023, GOOD).build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2003_ND91);
        assertThat(verdict.assumed())
                .contains("eligibility.assumed.registered", "eligibility.assumed.tenMonthsEmployed");
    }

    @Test
    @DisplayName("hoàn thành nhiệm vụ là chưa đủ; căn cứ được ghi là chưa xác nhận")
    void completedIsNotEnoughAndTheBasisIsMarkedUnconfirmed() {
        Verdict verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2023, anIndividual().rated(2023, COMPLETED).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
        assertThat(verdict.reasons().get(0).legalReference().cite()).endsWith("(căn cứ chưa được xác nhận)");
    }
}
