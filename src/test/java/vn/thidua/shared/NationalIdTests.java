package vn.thidua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CCCD numbers, Thông tư 07/2016/TT-BCA Điều 7. */
class NationalIdTests {

    @Test
    @DisplayName("072 (Tây Ninh), 1 (woman born in the 1900s), 84 (1984), then six digits")
    void acceptsANumberMatchingItsHolder() {
        assertThat(NationalId.problem("072184000123", Gender.FEMALE, LocalDate.of(1984, 3, 8)))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"07218400012", "0721840001234", "07218400012A", "", "072 184 000 12"})
    void refusesNumbersThatAreNotTwelveDigits(String number) {
        assertThat(NationalId.problem(number, null, null)).contains("validation.nationalId.format");
    }

    @Test
    void refusesAnUnknownProvinceCode() {
        assertThat(NationalId.problem("099184000123", null, null)).contains("validation.nationalId.province");
    }

    @Test
    void refusesAGenderDigitThatContradictsTheHolder() {
        assertThat(NationalId.problem("072084000123", Gender.FEMALE, null)).contains("validation.nationalId.gender");
    }

    @Test
    void refusesABirthYearThatContradictsTheHolder() {
        assertThat(NationalId.problem("072184000123", Gender.FEMALE, LocalDate.of(1985, 1, 1)))
                .contains("validation.nationalId.birthYear");
    }

    @Test
    @DisplayName("people born from 2000 on have 2 (men) or 3 (women) as fourth digit")
    void readsTheTwentyFirstCentury() {
        assertThat(NationalId.genderCenturyDigit(Gender.MALE, 2003)).isEqualTo(2);
        assertThat(NationalId.problem("072303000001", Gender.FEMALE, LocalDate.of(2003, 5, 1)))
                .isEmpty();
    }
}
