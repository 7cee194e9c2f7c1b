package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GOVERNMENT_EMULATION_FLAG;
import static vn.thidua.achievement.Award.LABOR_ORDER_THIRD_CLASS;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Huân chương Lao động hạng Ba, tập thể — Điều 44 Luật TĐKT 2022 (căn cứ suy luận [I])")
class LaborOrderThirdClassForCollectivesTests {

    @Test
    @DisplayName("Bằng khen Thủ tướng 2019, 5 năm xuất sắc, 2 Cờ thi đua cấp tỉnh")
    void twoProvincialFlagsQualify() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2024,
                                aCollective()
                                        .received(LocalDate.of(2019, 8, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                                        .rated(2020, 2024, EXCELLENT)
                                        .holding(2021, PROVINCIAL_EMULATION_FLAG)
                                        .holding(2024, PROVINCIAL_EMULATION_FLAG)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("hoặc 1 Cờ thi đua của Chính phủ")
    void oneGovernmentFlagQualifies() {
        assertThat(RuleBook.evaluate(
                                LABOR_ORDER_THIRD_CLASS,
                                2024,
                                aCollective()
                                        .received(LocalDate.of(2019, 8, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                                        .rated(2020, 2024, EXCELLENT)
                                        .holding(2023, GOVERNMENT_EMULATION_FLAG)
                                        .build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("chỉ 1 Cờ cấp tỉnh thì còn thiếu; chưa có Bằng khen Thủ tướng thì không xét")
    void oneProvincialFlagOrNoPrerequisiteFail() {
        var oneFlag = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2024,
                aCollective()
                        .received(LocalDate.of(2019, 8, 1), PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                        .rated(2020, 2024, EXCELLENT)
                        .holding(2021, PROVINCIAL_EMULATION_FLAG)
                        .build());
        var noPrerequisite = RuleBook.evaluate(
                LABOR_ORDER_THIRD_CLASS,
                2024,
                aCollective().rated(2020, 2024, EXCELLENT).build());

        assertThat(oneFlag.reasons()).extracting(Rejection::code).containsExactly("TOO_FEW_FLAGS");
        assertThat(noPrerequisite.reasons()).extracting(Rejection::code).containsExactly("PREREQUISITE_MISSING");
    }
}
