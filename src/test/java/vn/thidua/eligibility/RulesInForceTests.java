package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Quy định áp dụng theo thời kỳ thành tích (docs/legal-reference.md §0, R29)")
class RulesInForceTests {

    @Test
    void eachDayBelongsToOnePeriod() {
        assertThat(RulesInForce.on(LocalDate.of(2023, 12, 31))).isEqualTo(RulesInForce.LAW_2003_ND91);
        assertThat(RulesInForce.on(LocalDate.of(2024, 1, 1))).isEqualTo(RulesInForce.LAW_2022_ND98);
        assertThat(RulesInForce.on(LocalDate.of(2025, 6, 30))).isEqualTo(RulesInForce.LAW_2022_ND98);
        assertThat(RulesInForce.on(LocalDate.of(2025, 7, 1))).isEqualTo(RulesInForce.LAW_2022_ND152);
    }

    @Test
    @DisplayName("thành tích một năm được xét theo quy định ngày cuối năm đó")
    void aYearIsJudgedByTheRulesOfItsLastDay() {
        assertThat(RulesInForce.forYear(2025)).isEqualTo(RulesInForce.LAW_2022_ND152);
        assertThat(RulesInForce.forYear(2019)).isEqualTo(RulesInForce.LAW_2003_ND91);
    }
}
