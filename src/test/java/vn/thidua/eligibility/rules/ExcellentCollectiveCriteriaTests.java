package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Tập thể lao động xuất sắc — Điều 27 Luật TĐKT 2022")
class ExcellentCollectiveCriteriaTests {

    @Test
    @DisplayName("xuất sắc, 100% hoàn thành, 70% Lao động tiên tiến, có Chiến sĩ thi đua cơ sở")
    void allFourPointsQualify() {
        var verdict = RuleBook.evaluate(
                EXCELLENT_COLLECTIVE,
                2025,
                aCollective()
                        .rated(2025, EXCELLENT)
                        .withMembers(2025, 20)
                        .advanced(14)
                        .fighters(1)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("điểm c: 69% Lao động tiên tiến là chưa đủ (14/20 = 70% thì đủ)")
    void seventyPercentIsTheBoundary() {
        var verdict = RuleBook.evaluate(
                EXCELLENT_COLLECTIVE,
                2025,
                aCollective()
                        .rated(2025, EXCELLENT)
                        .withMembers(2025, 100)
                        .advanced(69)
                        .fighters(3)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_ADVANCED_WORKERS");
    }

    @Test
    @DisplayName("điểm c: một thành viên không hoàn thành nhiệm vụ là không đạt")
    void everyMemberMustComplete() {
        var verdict = RuleBook.evaluate(
                EXCELLENT_COLLECTIVE,
                2025,
                aCollective()
                        .rated(2025, EXCELLENT)
                        .withMembers(2025, 20)
                        .completing(19)
                        .advanced(16)
                        .fighters(2)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("MEMBER_NOT_COMPLETED");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2025, 1);
    }

    @Test
    @DisplayName("điểm d: không có Chiến sĩ thi đua cơ sở; điểm a: chỉ hoàn thành tốt nhiệm vụ")
    void needsAFighterAndAnExcellentRating() {
        var verdict = RuleBook.evaluate(
                EXCELLENT_COLLECTIVE,
                2025,
                aCollective()
                        .rated(2025, GOOD)
                        .withMembers(2025, 20)
                        .advanced(18)
                        .build());

        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .containsExactly("RATING_TOO_LOW", "NO_MEMBER_FIGHTER");
    }

    @Test
    @DisplayName("xếp loại của năm khác không thay cho năm được xét")
    void ratingOfAnotherYearDoesNotCount() {
        var verdict = RuleBook.evaluate(
                EXCELLENT_COLLECTIVE,
                2025,
                aCollective()
                        .rated(2024, EXCELLENT)
                        .withMembers(2025, 20)
                        .advanced(18)
                        .fighters(1)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_MISSING");
    }
}
