package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Không xét khen thưởng khi đang bị kỷ luật vào ngày xét — Điều 4 Nghị định 98/2023/NĐ-CP")
class DisciplineOnTheReviewDateTests {

    /** LĐTT 2024, disciplined from March 2025 to the end of August 2025. */
    private static final Candidate DISCIPLINED_AFTER_THE_YEAR = anIndividual()
            .rated(2024, GOOD)
            .disciplined(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31))
            .build();

    @Test
    @DisplayName("kỷ luật bắt đầu sau năm thành tích, còn hiệu lực vào ngày xét: không xét")
    void disciplineInForceOnTheReviewDateBlocksEvenIfItBeganAfterTheYear() {
        var verdict = RuleBook.evaluate(
                ADVANCED_WORKER, 2024, Basis.REGULAR, DISCIPLINED_AFTER_THE_YEAR, LocalDate.of(2025, 3, 1));

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("DISCIPLINE_ON_REVIEW");
        assertThat(verdict.reasons().get(0).legalReference().cite()).contains("Điều 4 Nghị định 98/2023/NĐ-CP");
    }

    @Test
    @DisplayName("kỷ luật bắt đầu sau ngày xét: được xét")
    void disciplineStartingAfterTheReviewDateDoesNotBlock() {
        assertThat(RuleBook.evaluate(
                                ADVANCED_WORKER,
                                2024,
                                Basis.REGULAR,
                                DISCIPLINED_AFTER_THE_YEAR,
                                LocalDate.of(2025, 2, 28))
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("kỷ luật đã hết thời hạn trước ngày xét: được xét")
    void disciplineEndedBeforeTheReviewDateDoesNotBlock() {
        assertThat(RuleBook.evaluate(
                                ADVANCED_WORKER,
                                2024,
                                Basis.REGULAR,
                                DISCIPLINED_AFTER_THE_YEAR,
                                LocalDate.of(2025, 9, 1))
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("kỷ luật chưa có ngày kết thúc (đang chấp hành) vào ngày xét: không xét")
    void openEndedDisciplineOnTheReviewDateBlocks() {
        var candidate = anIndividual()
                .rated(2024, GOOD)
                .disciplined(LocalDate.of(2025, 1, 15), null)
                .build();

        assertThat(RuleBook.evaluate(ADVANCED_WORKER, 2024, Basis.REGULAR, candidate, LocalDate.of(2025, 6, 1))
                        .reasons())
                .extracting(Rejection::code)
                .contains("DISCIPLINE_ON_REVIEW");
    }

    @Test
    @DisplayName("trước 2024 (NĐ 91/2017): kỷ luật còn hiệu lực vào ngày xét cũng không xét")
    void before2024TheReviewDateBlocksToo() {
        var candidate = anIndividual()
                .rated(2022, GOOD)
                .disciplined(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31))
                .build();

        assertThat(RuleBook.evaluate(ADVANCED_WORKER, 2022, Basis.REGULAR, candidate, LocalDate.of(2023, 3, 1))
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("DISCIPLINE_ON_REVIEW");
        assertThat(RuleBook.evaluate(ADVANCED_WORKER, 2022, Basis.REGULAR, candidate, LocalDate.of(2024, 1, 2))
                        .eligible())
                .isTrue();
    }
}
