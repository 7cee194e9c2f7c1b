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

@DisplayName("Không xét khi đang bị kỷ luật — Điều 4 Nghị định 98/2023/NĐ-CP")
class NoDisciplineInThePeriodTests {

    @Test
    @DisplayName("kỷ luật trong năm xét thì không xét")
    void disciplineInsideTheYearBlocks() {
        var verdict = RuleBook.evaluate(
                ADVANCED_WORKER,
                2024,
                anIndividual()
                        .rated(2024, GOOD)
                        .disciplined(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31))
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("DISCIPLINE_IN_PERIOD");
    }

    @Test
    @DisplayName("thành tích tính từ khi hết thời hạn kỷ luật: kỷ luật kết thúc 31/12 năm trước thì được xét")
    void disciplineEndingTheYearBeforeDoesNotBlock() {
        assertThat(RuleBook.evaluate(
                                ADVANCED_WORKER,
                                2024,
                                anIndividual()
                                        .rated(2024, GOOD)
                                        .disciplined(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("kỷ luật chưa hết hạn (chưa có ngày kết thúc) thì không xét")
    void anOpenDisciplineBlocks() {
        assertThat(RuleBook.evaluate(
                                ADVANCED_WORKER,
                                2024,
                                anIndividual()
                                        .rated(2024, GOOD)
                                        .disciplined(LocalDate.of(2022, 6, 1), null)
                                        .build())
                        .eligible())
                .isFalse();
    }
}
