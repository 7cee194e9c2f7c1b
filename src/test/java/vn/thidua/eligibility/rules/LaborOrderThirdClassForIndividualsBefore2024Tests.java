package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.LABOR_ORDER_THIRD_CLASS;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.InitiativeScope.PROVINCIAL;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CandidateBuilder;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Huân chương Lao động hạng Ba, cá nhân, trước 2024 — khoản 1 Điều 42 Luật TĐKT 2003 (sửa đổi 2013), [I]")
class LaborOrderThirdClassForIndividualsBefore2024Tests {

    private static CandidateBuilder since2015() {
        return anIndividual()
                .received(LocalDate.of(2015, 9, 2), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .rated(2016, 2021, EXCELLENT);
    }

    @Test
    @DisplayName("BK Thủ tướng 2015, xuất sắc 2016–2021, 2 sáng kiến cấp tỉnh (2017, 2020) → đủ điều kiện năm 2021")
    void twoProvincialInitiativesInTheWholeRunQualify() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2021,
                since2015()
                        .withInitiative(2017, PROVINCIAL)
                        .withInitiative(2020, PROVINCIAL)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("1 sáng kiến cấp tỉnh và 1 cấp cơ sở thì chưa đủ 2 sáng kiến cấp tỉnh")
    void oneProvincialInitiativeIsNotEnough() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2021,
                since2015()
                        .withInitiative(2017, PROVINCIAL)
                        .withInitiative(2020, GRASSROOTS)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_INITIATIVES");
        assertThat(verdict.reasons().get(0).args()).containsExactly(2016, 2021, 1L, 2);
    }

    @Test
    @DisplayName("BK Thủ tướng 2017: năm 2021 chưa đủ 5 năm tiếp theo")
    void fiveYearsAfterTheCertificate() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2021,
                anIndividual()
                        .received(LocalDate.of(2017, 9, 2), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .rated(2018, 2021, EXCELLENT)
                        .withInitiative(2018, PROVINCIAL)
                        .withInitiative(2020, PROVINCIAL)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("WINDOW_TOO_SHORT");
    }
}
