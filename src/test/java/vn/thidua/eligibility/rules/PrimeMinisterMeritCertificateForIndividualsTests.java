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

    /** docs/legal-reference.md §2.2's worked example: BK tỉnh 2019; 2020–2024 HTTNV; CSTĐCS 2021, 2022, 2024. */
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
            "ví dụ docs/legal-reference.md: Bằng khen tỉnh 2019, 2020–2024 hoàn thành tốt, 3 lần CSTĐCS → đủ điều kiện xét năm 2024")
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

    /** BK tỉnh 2017; HTTNV 2018–2024; CSTĐCS 2018, 2019, 2020 — only one of them in 2020–2024. */
    private static CandidateBuilder aLongRunSince2017() {
        return anIndividual()
                .received(LocalDate.of(2017, 12, 15), PROVINCIAL_CERTIFICATE_OF_MERIT)
                .rated(2018, 2024, GOOD)
                .holding(2018, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2020, GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    @DisplayName(
            "Đ73 k1 b \"05 năm tiếp theo trở lên\": Bằng khen tỉnh 2017, hoàn thành tốt 2018–2024, CSTĐCS 2018–2020"
                    + " → đủ điều kiện năm 2024 dù trong 2020–2024 chỉ có 1 lần CSTĐCS")
    void theWholeRunSinceTheProvincialCertificateCounts() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2024, aLongRunSince2017().build());

        assertThat(verdict.reasons()).isEmpty();
        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("Đ73 k1 b: cả chuỗi từ năm sau Bằng khen tỉnh phải hoàn thành tốt trở lên — năm 2018 chỉ hoàn thành"
            + " nhiệm vụ thì không đủ, dù 2020–2024 đều tốt")
    void everyYearOfTheWholeRunMustBeGood() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .received(LocalDate.of(2017, 12, 15), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2018, COMPLETED)
                        .rated(2019, 2024, GOOD)
                        .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
        assertThat(verdict.reasons().get(0).args()).startsWith(2018);
    }

    @Test
    @DisplayName("Đ73 k1 b: đếm CSTĐCS trên cả chuỗi 2018–2024 — chỉ 2 lần (2018, 2019) là chưa đủ 3")
    void fighterTitlesAreCountedOverTheWholeRun() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .received(LocalDate.of(2017, 12, 15), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2018, 2024, GOOD)
                        .holding(2018, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_FIGHTER_TITLES");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2018, 2024, 2, 3);
    }

    @Test
    @DisplayName("Đ73 k1 b: CSTĐCS của năm nhận Bằng khen tỉnh trở về trước không được tính cho chuỗi sau đó")
    void fighterTitlesBeforeTheCertificateDoNotCount() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2015, 2024, GOOD)
                        .holding(2018, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_FIGHTER_TITLES");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2020, 2024, 2, 3);
    }

    @Test
    @DisplayName("R17 Đ73 k1 b: Bằng khen tỉnh 2017 đã làm căn cứ cho Bằng khen Thủ tướng năm 2023 thì không tính lại"
            + " cho lần xét năm 2024")
    void aCertificateAlreadyUsedForAPrimeMinisterCertificateIsNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                aLongRunSince2017()
                        .received(LocalDate.of(2023, 4, 10), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("PREREQUISITE_ALREADY_USED");
    }

    @Test
    @DisplayName(
            "R17 Đ73 k1 b: đã được Bằng khen Thủ tướng cho năm 2024 (quyết định đầu năm 2025) thì không xét lại năm 2024")
    void aPrimeMinisterCertificateAlreadyGivenForTheYearIsNotGivenTwice() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                aLongRunSince2017()
                        .received(LocalDate.of(2025, 3, 2), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .build());

        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("PREREQUISITE_ALREADY_USED");
    }

    @Test
    @DisplayName("R17 Đ73 k1 b: Bằng khen tỉnh mới (2018) sau Bằng khen Thủ tướng (2017) mở chuỗi mới 2019–2024")
    void aNewProvincialCertificateAfterThePrimeMinistersStartsANewRun() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                anIndividual()
                        .received(LocalDate.of(2012, 12, 15), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .received(LocalDate.of(2017, 12, 15), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .received(LocalDate.of(2018, 12, 15), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2019, 2024, GOOD)
                        .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).isEmpty();
    }
}
