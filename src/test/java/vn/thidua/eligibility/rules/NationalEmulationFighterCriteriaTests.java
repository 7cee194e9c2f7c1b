package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.NATIONAL_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.NATIONAL;
import static vn.thidua.achievement.InitiativeScope.PROVINCIAL;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.shared.LegalReference.Certainty;

@DisplayName("Chiến sĩ thi đua toàn quốc — Điều 21 Luật TĐKT 2022")
class NationalEmulationFighterCriteriaTests {

    @Test
    @DisplayName("2 lần liên tục CSTĐ cấp tỉnh (2022, 2025) và sáng kiến phạm vi toàn quốc")
    void twoSuccessiveProvincialTitlesAndANationalInitiativeQualify() {
        assertThat(RuleBook.evaluate(
                                NATIONAL_EMULATION_FIGHTER,
                                2025,
                                anIndividual()
                                        .holding(2022, PROVINCIAL_EMULATION_FIGHTER)
                                        .holding(2025, PROVINCIAL_EMULATION_FIGHTER)
                                        .withInitiative(2024, NATIONAL)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("sáng kiến chỉ phạm vi tỉnh là chưa đủ; cách hiểu '2 lần liên tục' được ghi là suy luận")
    void aProvincialInitiativeIsTooNarrowAndTheReadingIsMarkedInferred() {
        var verdict = RuleBook.evaluate(
                NATIONAL_EMULATION_FIGHTER,
                2025,
                anIndividual()
                        .holding(2022, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2025, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2024, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("INITIATIVE_SCOPE");
        assertThat(verdict.reasons().get(0).legalReference().certainty()).isEqualTo(Certainty.INFERRED);
    }

    @Test
    @DisplayName("hai lần CSTĐ cấp tỉnh không liền chu kỳ (2019, 2025) là chưa đủ")
    void titlesThatAreNotSuccessiveDoNotCount() {
        var verdict = RuleBook.evaluate(
                NATIONAL_EMULATION_FIGHTER,
                2025,
                anIndividual()
                        .holding(2019, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2025, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2024, NATIONAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("CHAIN_BROKEN");
    }

    @Test
    @DisplayName("R17 Đ21: CSTĐ cấp tỉnh 2022 đã dùng cho CSTĐ toàn quốc năm 2022 thì không ghép lại với 2025")
    void aProvincialTitleAlreadyUsedForANationalOneIsNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                NATIONAL_EMULATION_FIGHTER,
                2025,
                anIndividual()
                        .holding(2022, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2022, NATIONAL_EMULATION_FIGHTER)
                        .holding(2025, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2024, NATIONAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("YEARS_ALREADY_COUNTED");
    }

    @Test
    @DisplayName("R17 Đ21: đã có danh hiệu CSTĐ toàn quốc năm 2025 thì không đủ điều kiện xét lại năm 2025")
    void aNationalTitleAlreadyHeldForTheYearIsNotGivenTwice() {
        var verdict = RuleBook.evaluate(
                NATIONAL_EMULATION_FIGHTER,
                2025,
                anIndividual()
                        .holding(2022, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2025, PROVINCIAL_EMULATION_FIGHTER)
                        .holding(2025, NATIONAL_EMULATION_FIGHTER)
                        .withInitiative(2024, NATIONAL)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("ALREADY_HELD");
    }
}
