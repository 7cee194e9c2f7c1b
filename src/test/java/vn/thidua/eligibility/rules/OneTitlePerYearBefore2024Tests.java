package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.shared.LegalReference.Certainty;

@DisplayName("Một danh hiệu một lần cho thành tích một năm, trước 2024 — Điều 6 Luật TĐKT 2003 (suy luận [I])")
class OneTitlePerYearBefore2024Tests {

    @Test
    @DisplayName("đã có LĐTT năm 2023 thì không xét lại; năm 2022 chưa có thì đủ điều kiện")
    void aTitleHeldFor2023IsNotGivenAgain() {
        var held = RuleBook.evaluate(
                ADVANCED_WORKER,
                2023,
                anIndividual().rated(2023, GOOD).holding(2023, ADVANCED_WORKER).build());
        var other = RuleBook.evaluate(
                ADVANCED_WORKER,
                2022,
                anIndividual().rated(2022, GOOD).holding(2023, ADVANCED_WORKER).build());

        assertThat(held.reasons()).extracting(Rejection::code).containsExactly("ALREADY_HELD");
        assertThat(held.reasons().get(0).legalReference().certainty()).isEqualTo(Certainty.INFERRED);
        assertThat(other.eligible()).isTrue();
    }
}
