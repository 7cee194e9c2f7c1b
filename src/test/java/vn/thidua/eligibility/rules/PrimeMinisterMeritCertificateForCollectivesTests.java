package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng, tập thể — khoản 3 Điều 73 Luật TĐKT 2022 (căn cứ suy luận [I])")
class PrimeMinisterMeritCertificateForCollectivesTests {

    @Test
    @DisplayName("Bằng khen tỉnh 2019, 5 năm xuất sắc 2020–2024 với 2 lần Tập thể lao động xuất sắc")
    void twoExcellentCollectiveTitlesQualify() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                aCollective()
                        .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2024, EXCELLENT)
                        .holding(2021, EXCELLENT_COLLECTIVE)
                        .holding(2023, EXCELLENT_COLLECTIVE)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("hoặc 1 Cờ thi đua cấp tỉnh trong 5 năm")
    void oneProvincialFlagQualifies() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2024,
                                aCollective()
                                        .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                                        .rated(2020, 2024, EXCELLENT)
                                        .holding(2022, PROVINCIAL_EMULATION_FLAG)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("một năm chỉ hoàn thành tốt trong 5 năm, và chỉ 1 lần Tập thể lao động xuất sắc, thì chưa đủ")
    void goodYearAndOneTitleFail() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                aCollective()
                        .received(LocalDate.of(2019, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2021, EXCELLENT)
                        .rated(2022, GOOD)
                        .rated(2023, 2024, EXCELLENT)
                        .holding(2023, EXCELLENT_COLLECTIVE)
                        .build());

        assertThat(verdict.reasons())
                .extracting(Rejection::code)
                .containsExactly("RATING_TOO_LOW", "TOO_FEW_COLLECTIVE_TITLES");
    }

    @Test
    @DisplayName("Bằng khen tỉnh năm 2021 thì chưa đủ 5 năm tiếp theo để xét năm 2024")
    void prerequisiteTooRecent() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2024,
                aCollective()
                        .received(LocalDate.of(2021, 6, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2024, EXCELLENT)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("WINDOW_TOO_SHORT");
    }
}
