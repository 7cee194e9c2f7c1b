package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.CERTIFICATE_OF_COMMENDATION;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.aHousehold;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Giấy khen — Điều 75 Luật TĐKT 2022")
class CertificateOfCommendationCriteriaTests {

    @Test
    @DisplayName("cá nhân, tập thể hoàn thành tốt nhiệm vụ; tiêu chí chi tiết của tỉnh được nêu là coi như đạt")
    void goodRatingQualifiesBothKinds() {
        var person = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION,
                2025,
                anIndividual().rated(2025, GOOD).build());
        var collective = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION,
                2025,
                aCollective().rated(2025, GOOD).build());

        assertThat(person.eligible()).isTrue();
        assertThat(collective.eligible()).isTrue();
        assertThat(person.assumed()).contains("eligibility.assumed.provincialDetails");
    }

    @Test
    @DisplayName("chỉ hoàn thành nhiệm vụ thì chưa đủ")
    void completedOnlyFails() {
        assertThat(RuleBook.evaluate(
                                CERTIFICATE_OF_COMMENDATION,
                                2025,
                                anIndividual().rated(2025, COMPLETED).build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("RATING_TOO_LOW");
    }

    @Test
    @DisplayName("hộ gia đình không có xếp loại: thành tích do người xét, được nêu rõ là coi như đạt")
    void householdAchievementIsJudgedByPeople() {
        var verdict = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION, 2025, aHousehold().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.householdAchievement");
    }

    @Test
    @DisplayName("Giấy khen cho thành tích năm 2023 xét theo Luật 2003 (Điều 75), không theo Luật 2022")
    void a2023AchievementIsJudgedByTheOldLaw() {
        // issue 17: encoded since for the old law (CertificateOfCommendationCriteriaBefore2024)
        var verdict = RuleBook.evaluate(
                CERTIFICATE_OF_COMMENDATION, 2023, anIndividual().build());

        assertThat(verdict.reasons())
                .extracting(r -> r.legalReference().document())
                .containsExactly("Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)");
    }
}
