package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.InitiativeScope.GRASSROOTS;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.CandidateBuilder;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng trước 2024 — NĐ 65/2014 Điều 23, NĐ 91/2017 (R32)")
class PrimeMinisterMeritCertificateForIndividualsBefore2024Tests {

    private static CandidateBuilder fiveInitiatives(CandidateBuilder b) {
        for (int y = 2019; y <= 2023; y++) {
            b.withInitiative(y, GRASSROOTS);
        }
        return b;
    }

    @Test
    @DisplayName("Bằng khen tỉnh 2018, 2019–2023 hoàn thành xuất sắc với 5 sáng kiến cấp cơ sở")
    void fiveExcellentYearsWithFiveInitiativesQualify() {
        assertThat(RuleBook.evaluate(
                                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                                2023,
                                fiveInitiatives(anIndividual()
                                                .received(LocalDate.of(2018, 5, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                                                .rated(2019, 2023, EXCELLENT))
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("luật cũ đòi hoàn thành xuất sắc từng năm: một năm hoàn thành tốt là chưa đủ")
    void theOldLawNeedsEveryYearExcellent() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                fiveInitiatives(anIndividual()
                                .received(LocalDate.of(2018, 5, 1), PROVINCIAL_CERTIFICATE_OF_MERIT)
                                .rated(2019, 2022, EXCELLENT)
                                .rated(2023, GOOD))
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
    }
}
