package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Rating.COMPLETED;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CandidateBuilder;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng, cá nhân — điểm b khoản 1 Điều 73 Luật TĐKT 2022")
class PrimeMinisterMeritCertificateForIndividualsTests {

    /** law.md §2.2's worked example: BK tỉnh 2019; 2020–2024 HTTNV; CSTĐCS 2021, 2022, 2024. */
    private static CandidateBuilder lawMdExample() {
        return anIndividual()
                .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                .rated(2020, 2024, GOOD)
                .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2024, GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    @DisplayName(
            "ví dụ law.md: Bằng khen tỉnh 2019, 2020–2024 hoàn thành tốt, 3 lần CSTĐCS → đủ điều kiện xét năm 2024")
    void theWorkedExampleQualifies() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2024,
                                lawMdExample().build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("chưa có Bằng khen cấp tỉnh thì chưa xét")
    void needsTheProvincialCertificateFirst() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .rated(2020, 2024, GOOD)
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("PREREQUISITE_MISSING");
    }

    @Test
    @DisplayName("5 năm tính từ năm sau năm nhận Bằng khen tỉnh: nhận năm 2020 thì năm 2024 còn sớm")
    void theFiveYearsStartAfterTheCertificate() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                lawMdExample()
                        .received(LocalDate.of(2020, 6, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("WINDOW_TOO_SHORT");
        assertThat(verdict.reasons().get(0).args()).containsExactly(PROVINCIAL_CERTIFICATE_OF_MERIT, 2020, 2025);
    }

    @Test
    @DisplayName("một năm chỉ hoàn thành nhiệm vụ làm đứt chuỗi 5 năm")
    void aMerelyCompletedYearBreaksTheWindow() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2022, GOOD)
                        .rated(2023, COMPLETED)
                        .rated(2024, GOOD)
                        .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
    }

    @Test
    @DisplayName("chỉ 2 lần CSTĐCS trong 5 năm là chưa đủ")
    void twoFighterTitlesAreNotEnough() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2024, GOOD)
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_FIGHTER_TITLES");
    }
}
