package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.InitiativeScope.NATIONAL;
import static vn.thidua.achievement.InitiativeScope.PROVINCIAL;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CandidateBuilder;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.Verdict;

@DisplayName("Chiến sĩ thi đua cấp tỉnh — Điều 22 Luật TĐKT 2022")
class ProvincialEmulationFighterCriteriaTests {

    private static CandidateBuilder threeFighterYears() {
        return anIndividual()
                .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2024, GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    @DisplayName("3 lần liên tục Chiến sĩ thi đua cơ sở và sáng kiến phạm vi cấp tỉnh")
    void threeConsecutiveYearsAndAProvincialInitiativeQualify() {
        Verdict verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2024,
                threeFighterYears().withInitiative(2023, PROVINCIAL).build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("một sáng kiến phạm vi toàn quốc cũng đủ phạm vi cấp tỉnh")
    void aNationalInitiativeIsWideEnough() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_EMULATION_FIGHTER,
                                2024,
                                threeFighterYears()
                                        .withInitiative(2024, NATIONAL)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("một năm gián đoạn làm đứt chuỗi 3 năm liên tục")
    void aGapYearBreaksTheChain() {
        Verdict verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .withInitiative(2024, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("CHAIN_BROKEN");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2023);
    }

    @Test
    @DisplayName("sáng kiến chỉ ở phạm vi cơ sở là chưa đủ")
    void aGrassrootsInitiativeIsTooNarrow() {
        Verdict verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2024,
                threeFighterYears().withInitiative(2024, GRASSROOTS).build());

        assertThat(verdict.reasons())
                .extracting(Rejection::messageKey)
                .containsExactly("eligibility.cstdTinh.initiativeTooNarrow");
    }

    @Test
    @DisplayName("những năm đã tính cho danh hiệu cấp tỉnh trước đó không tính lại")
    void yearsAlreadyCountedAreNotCountedAgain() {
        Verdict verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2024,
                threeFighterYears()
                        .holding(2023, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2024, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("YEARS_ALREADY_COUNTED");
    }

    @Test
    @DisplayName("kỷ luật trong bất kỳ năm nào của chuỗi 3 năm (Điều 4 Nghị định 98/2023)")
    void disciplineInsideTheThreeYearsBlocks() {
        Verdict verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2024,
                threeFighterYears()
                        .withInitiative(2024, PROVINCIAL)
                        .disciplined(java.time.LocalDate.of(2022, 3, 1), java.time.LocalDate.of(2022, 8, 31))
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("DISCIPLINE_IN_PERIOD");
    }

    @Test
    @DisplayName("thành tích năm 2023 xét theo Luật 2003 (Điều 22), không theo Điều 22 Luật 2022")
    void a2023AchievementIsJudgedByTheOldLaw() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2023,
                anIndividual()
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .withInitiative(2022, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("CHAIN_BROKEN");
        assertThat(verdict.reasons().get(0).legalReference().document())
                .isEqualTo("Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)");
    }

    @Test
    @DisplayName("R17 Đ22: đã có danh hiệu CSTĐ cấp tỉnh năm 2025 thì không đủ điều kiện xét lại năm 2025")
    void aProvincialTitleAlreadyHeldForTheYearIsNotGivenTwice() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2025,
                anIndividual()
                        .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2025, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2025, PROVINCIAL_EMULATION_FIGHTER)
                        .withInitiative(2024, PROVINCIAL)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("ALREADY_HELD");
    }
}
