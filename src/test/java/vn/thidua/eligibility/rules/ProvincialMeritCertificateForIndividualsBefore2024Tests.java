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

@DisplayName("Bằng khen của Chủ tịch UBND tỉnh trước 2024 — Điều 39 Nghị định 91/2017 (suy luận)")
class ProvincialMeritCertificateForIndividualsBefore2024Tests {

    @Test
    @DisplayName("2 năm xuất sắc với 2 sáng kiến cấp cơ sở")
    void twoExcellentYearsWithTwoInitiativesQualify() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2023,
                                anIndividual()
                                        .rated(2022, 2023, EXCELLENT)
                                        .withInitiative(2022, GRASSROOTS)
                                        .withInitiative(2023, GRASSROOTS)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("chưa có lựa chọn 2 lần Chiến sĩ thi đua cơ sở trước 2024")
    void twoFighterTitlesWereNoRouteBefore2024() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual()
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                        .rated(2022, 2023, GOOD)
                        .withInitiative(2022, GRASSROOTS)
                        .withInitiative(2023, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NOT_EXCELLENT", "NOT_EXCELLENT");
    }

    @Test
    @DisplayName("NĐ 91/2017 Đ39: 3 năm xuất sắc liên tục 2021–2023 với 2 sáng kiến (2021, 2022) → đủ")
    void aLongerExcellentRunHoldingTwoInitiativesQualifies() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual()
                        .rated(2021, 2023, EXCELLENT)
                        .withInitiative(2021, GRASSROOTS)
                        .withInitiative(2022, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    @DisplayName("NĐ 91/2017 Đ39, R17: năm đã tính cho Bằng khen tỉnh quyết định năm 2022 không tính lại cho năm 2023")
    void yearsOfAnEarlierProvincialCertificateAreNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2023,
                anIndividual()
                        .received(LocalDate.of(2022, 3, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2023, EXCELLENT)
                        .withInitiative(2021, GRASSROOTS)
                        .withInitiative(2022, GRASSROOTS)
                        .withInitiative(2023, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .containsExactly("YEARS_ALREADY_COUNTED", "TOO_FEW_INITIATIVES");
    }
}
