package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Thủ tướng, tập thể, trước 2024 — Điều 38 Nghị định 91/2017/NĐ-CP (suy luận [I])")
class PrimeMinisterMeritCertificateForCollectivesBefore2024Tests {

    @Test
    @DisplayName("Bằng khen tỉnh 2017, xuất sắc 2018–2023, 2 lần TTLĐXS → đủ điều kiện năm 2023 (không còn \"không tặng"
            + " tập thể\")")
    void aCollectiveChainBefore2024IsJudged() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                aCollective()
                        .received(LocalDate.of(2017, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2018, 2023, EXCELLENT)
                        .holding(2020, EXCELLENT_COLLECTIVE)
                        .holding(2022, EXCELLENT_COLLECTIVE)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName("chỉ 1 lần TTLĐXS, không có Cờ tỉnh → không đủ")
    void oneExcellentTitleIsNotEnough() {
        var verdict = RuleBook.evaluate(
                PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                2023,
                aCollective()
                        .received(LocalDate.of(2017, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .rated(2018, 2023, EXCELLENT)
                        .holding(2022, EXCELLENT_COLLECTIVE)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_COLLECTIVE_TITLES");
    }
}
