package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_COLLECTIVE;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.shared.LegalReference;

@DisplayName("Tập thể lao động tiên tiến — Điều 28 Luật TĐKT 2022 (căn cứ suy luận [I])")
class AdvancedCollectiveCriteriaTests {

    @Test
    @DisplayName("hoàn thành tốt nhiệm vụ, trên 50% thành viên Lao động tiên tiến, không ai bị kỷ luật")
    void goodRatingAndMajorityOfAdvancedWorkersQualify() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE,
                2024,
                aCollective()
                        .rated(2024, GOOD)
                        .withMembers(2024, 24)
                        .advanced(13)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("đúng 50% Lao động tiên tiến là chưa đủ: cần trên 50%")
    void exactlyHalfIsNotEnough() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE,
                2024,
                aCollective()
                        .rated(2024, GOOD)
                        .withMembers(2024, 24)
                        .advanced(12)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_ADVANCED_WORKERS");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2024, 12, 24, 50);
    }

    @Test
    @DisplayName("một thành viên bị kỷ luật cảnh cáo trong năm thì tập thể không đạt")
    void memberDisciplinedAtWarningBlocks() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE,
                2024,
                aCollective()
                        .rated(2024, GOOD)
                        .withMembers(2024, 24)
                        .advanced(20)
                        .disciplinedAtWarning(1)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("MEMBER_DISCIPLINED");
    }

    @Test
    @DisplayName("tập thể chỉ hoàn thành nhiệm vụ, hoặc thiếu số liệu thành viên, thì chưa đủ")
    void completedOnlyOrNoMemberFiguresFail() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE, 2024, aCollective().rated(2024, COMPLETED).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW", "MEMBERS_UNKNOWN");
    }

    @Test
    @DisplayName("không xét cho cá nhân; căn cứ được đánh dấu là chưa xác nhận")
    void onlyForCollectivesAndMarkedInferred() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE, 2024, anIndividual().rated(2024, GOOD).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("WRONG_KIND");
        assertThat(verdict.reasons().get(0).legalReference().certainty()).isEqualTo(LegalReference.Certainty.INFERRED);
    }
}
