package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.shared.LegalReference.Certainty;

@DisplayName("Không xét khi đang bị kỷ luật, trước 2024 — Nghị định 91/2017 (suy luận)")
class NoDisciplineInThePeriodBefore2024Tests {

    @Test
    @DisplayName("kỷ luật năm 2023 chặn danh hiệu năm 2023, căn cứ ghi là suy luận")
    void disciplineBlocksAndTheBasisIsInferred() {
        var verdict = RuleBook.evaluate(
                ADVANCED_WORKER,
                2023,
                anIndividual()
                        .rated(2023, GOOD)
                        .disciplined(LocalDate.of(2023, 11, 1), LocalDate.of(2024, 4, 30))
                        .build());

        Rejection rejection = verdict.reasons().get(0);
        assertThat(rejection.code()).isEqualTo("DISCIPLINE_IN_PERIOD");
        assertThat(rejection.legalReference().certainty()).isEqualTo(Certainty.INFERRED);
    }
}
