package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Chủ tịch UBND tỉnh, tập thể — khoản 2 Điều 74 Luật TĐKT 2022 (căn cứ suy luận [I])")
class ProvincialMeritCertificateForCollectivesTests {

    @Test
    @DisplayName("2 năm liên tục hoàn thành xuất sắc nhiệm vụ")
    void twoExcellentYearsQualify() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                aCollective().rated(2024, 2025, EXCELLENT).build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("năm trước chỉ hoàn thành tốt nhiệm vụ thì chưa đủ")
    void goodPreviousYearBreaksIt() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                aCollective().rated(2024, GOOD).rated(2025, EXCELLENT).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
        assertThat(verdict.reasons().get(0).args()).startsWith(2024);
    }

    @Test
    @DisplayName("tập thể bị kỷ luật trong 2 năm thành tích thì không xét")
    void disciplineInsideThePeriodBlocks() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                aCollective()
                        .rated(2024, 2025, EXCELLENT)
                        .disciplined(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 9, 1))
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("DISCIPLINE_IN_PERIOD");
    }
}
