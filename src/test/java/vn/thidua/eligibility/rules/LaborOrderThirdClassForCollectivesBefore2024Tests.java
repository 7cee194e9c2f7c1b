package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.LABOR_ORDER_THIRD_CLASS;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Huân chương Lao động hạng Ba, tập thể, trước 2024 — Điều 42 Luật TĐKT 2003 (sửa đổi 2013), [I]")
class LaborOrderThirdClassForCollectivesBefore2024Tests {

    @Test
    @DisplayName("BK Thủ tướng 2016, xuất sắc 2017–2022, Cờ tỉnh 2019 và 2021 → đủ điều kiện năm 2022")
    void twoProvincialFlagsInTheRunQualify() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2022,
                aCollective()
                        .received(LocalDate.of(2016, 10, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .rated(2017, 2022, EXCELLENT)
                        .holding(2019, PROVINCIAL_EMULATION_FLAG)
                        .holding(2021, PROVINCIAL_EMULATION_FLAG)
                        .build());

        assertThat(verdict.eligible()).isTrue();
    }

    @Test
    @DisplayName("một năm chỉ hoàn thành tốt trong chuỗi thì không đủ")
    void aGoodYearBreaksTheRun() {
        var verdict = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2022,
                aCollective()
                        .received(LocalDate.of(2016, 10, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .rated(2017, 2021, EXCELLENT)
                        .rated(2022, GOOD)
                        .holding(2019, PROVINCIAL_EMULATION_FLAG)
                        .holding(2021, PROVINCIAL_EMULATION_FLAG)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
    }
}
