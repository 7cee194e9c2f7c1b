package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.LABOR_ORDER_THIRD_CLASS;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CandidateBuilder;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Huân chương Lao động hạng Ba, cá nhân — điểm e khoản 1 Điều 44 Luật TĐKT 2022")
class LaborOrderThirdClassForIndividualsTests {

    private static CandidateBuilder afterPrimeMinisterCertificate2020() {
        return anIndividual()
                .received(LocalDate.of(2020, 9, 2), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .holding(2021, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2023, GRASSROOTS_EMULATION_FIGHTER)
                .holding(2025, GRASSROOTS_EMULATION_FIGHTER);
    }

    @Test
    @DisplayName("Bằng khen Thủ tướng 2020, 2021–2025 hoàn thành tốt, 1 năm xuất sắc, 3 lần CSTĐCS")
    void qualifiesWithOneExcellentYearAndThreeFighterTitles() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2025,
                                afterPrimeMinisterCertificate2020()
                                        .rated(2021, 2024, GOOD)
                                        .rated(2025, EXCELLENT)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("5 năm hoàn thành tốt mà không có năm xuất sắc nào là chưa đủ")
    void needsAtLeastOneExcellentYear() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2025,
                afterPrimeMinisterCertificate2020().rated(2021, 2025, GOOD).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_EXCELLENT_YEAR");
    }

    @Test
    @DisplayName("Đ44 k1 e \"05 năm trở lên\": Bằng khen Thủ tướng 2017, hoàn thành tốt 2018–2024, năm xuất sắc 2018 và"
            + " CSTĐCS 2018–2020 → đủ điều kiện năm 2024, dù 2020–2024 không có năm xuất sắc nào")
    void theWholeRunSincePrimeMinistersCertificateCounts() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2024,
                anIndividual()
                        .received(LocalDate.of(2017, 9, 2), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .rated(2018, EXCELLENT)
                        .rated(2019, 2024, GOOD)
                        .holding(2018, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    @DisplayName("Đ44 k1 e, R17: năm xuất sắc 2017 là năm nhận Bằng khen Thủ tướng, không tính cho chuỗi sau đó")
    void theYearOfThePrimeMinistersCertificateDoesNotCount() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2024,
                anIndividual()
                        .received(LocalDate.of(2017, 9, 2), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .rated(2017, EXCELLENT)
                        .rated(2018, 2024, GOOD)
                        .holding(2018, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2019, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2020, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("NO_EXCELLENT_YEAR");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2018, 2024);
    }
}
