package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Chủ tịch UBND tỉnh, cá nhân — điểm d khoản 1 Điều 74 Luật TĐKT 2022")
class ProvincialMeritCertificateForIndividualsTests {

    @Test
    @DisplayName("2 lần liên tục Chiến sĩ thi đua cơ sở")
    void twoConsecutiveFighterTitlesQualify() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                anIndividual()
                                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                                        .holding(2025, GRASSROOTS_EMULATION_FIGHTER)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến cấp cơ sở")
    void twoExcellentYearsWithTwoInitiativesQualify() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                anIndividual()
                                        .rated(2024, 2025, EXCELLENT)
                                        .withInitiative(2024, GRASSROOTS)
                                        .withInitiative(2025, GRASSROOTS)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("2 năm xuất sắc mà chỉ 1 sáng kiến là chưa đủ")
    void oneInitiativeIsNotEnough() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .rated(2024, 2025, EXCELLENT)
                        .withInitiative(2025, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_REGULAR_ROUTE");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2024, 2025, 1L);
    }

    @Test
    @DisplayName("Chiến sĩ thi đua cơ sở không liên tục (cách một năm) là chưa đủ")
    void fighterTitlesMustBeConsecutive() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                anIndividual()
                                        .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                                        .holding(2025, GRASSROOTS_EMULATION_FIGHTER)
                                        .rated(2024, GOOD)
                                        .build())
                        .eligible())
                .isFalse();
    }
}
