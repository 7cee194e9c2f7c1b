package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
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

    @Test
    @DisplayName("Đ74 k1 d \"02 năm trở lên liên tục\": 3 năm xuất sắc liên tục 2023–2025 với 2 sáng kiến (2023, 2024)"
            + " → đủ, dù năm 2024–2025 chỉ có 1 sáng kiến")
    void aLongerExcellentRunHoldingTwoInitiativesQualifies() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .rated(2023, 2025, EXCELLENT)
                        .withInitiative(2023, GRASSROOTS)
                        .withInitiative(2024, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("Đ74 k1 d: sáng kiến năm 2022 nằm ngoài chuỗi xuất sắc (2022 chỉ hoàn thành tốt) thì không được tính")
    void anInitiativeOutsideTheExcellentRunDoesNotCount() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .rated(2022, GOOD)
                        .rated(2023, 2025, EXCELLENT)
                        .withInitiative(2022, GRASSROOTS)
                        .withInitiative(2024, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_REGULAR_ROUTE");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2023, 2025, 1L);
    }

    @Test
    @DisplayName(
            "R17 Đ74 k1 d: năm đã tính cho Bằng khen tỉnh trước (quyết định năm 2023) không tính lại — chuỗi 2022–2025"
                    + " chỉ còn 2024–2025 với 1 sáng kiến")
    void yearsOfAnEarlierProvincialCertificateAreNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .received(LocalDate.of(2023, 3, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2021, 2025, EXCELLENT)
                        .withInitiative(2022, GRASSROOTS)
                        .withInitiative(2023, GRASSROOTS)
                        .withInitiative(2025, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_REGULAR_ROUTE");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2024, 2025, 1L);
    }

    @Test
    @DisplayName(
            "R17 Đ74 k1 d: CSTĐCS năm 2023 đã dùng cho Bằng khen tỉnh (quyết định năm 2024) không ghép với năm 2024"
                    + " để xét lại")
    void aFighterYearAlreadyUsedIsNotPairedAgain() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .received(LocalDate.of(2024, 2, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2025, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_REGULAR_ROUTE");
    }

    @Test
    @DisplayName(
            "R17 Đ74 k1 d: đã có Bằng khen tỉnh cho năm 2025 (quyết định đầu năm 2026) → không đủ điều kiện xét lại")
    void aCertificateAlreadyGivenForTheYearIsNotGivenTwice() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                anIndividual()
                        .received(LocalDate.of(2026, 2, 10), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2025, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("ALREADY_RECEIVED");
    }
}
