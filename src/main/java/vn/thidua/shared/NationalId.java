package vn.thidua.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Số căn cước công dân (CCCD): 12 digits. Digits 1–3 are the province code of the place of birth
 * registration (001–096), digit 4 encodes gender and century of birth, digits 5–6 the last two
 * digits of the birth year (Thông tư 07/2016/TT-BCA, Điều 7).
 */
public final class NationalId {

    private static final Set<Integer> PROVINCE_CODES = Set.of(
            1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40, 42,
            44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83, 84, 86,
            87, 89, 91, 92, 93, 94, 95, 96);

    private NationalId() {}

    /**
     * Checks a CCCD number against its structure and, when known, the holder's gender and birth
     * date. Returns the message key of the first problem, or empty when the number is valid.
     */
    public static Optional<String> problem(String number, Gender gender, LocalDate birthDate) {
        if (number == null || !number.matches("\\d{12}")) {
            return Optional.of("validation.nationalId.format");
        }
        if (!PROVINCE_CODES.contains(Integer.parseInt(number.substring(0, 3)))) {
            return Optional.of("validation.nationalId.province");
        }
        int code = number.charAt(3) - '0';
        if (code > 9) {
            return Optional.of("validation.nationalId.format");
        }
        boolean female = code % 2 == 1;
        int century = 1900 + (code / 2) * 100;
        if (gender != null && gender != Gender.OTHER && female != (gender == Gender.FEMALE)) {
            return Optional.of("validation.nationalId.gender");
        }
        if (birthDate != null) {
            int year = century + Integer.parseInt(number.substring(4, 6));
            if (year != birthDate.getYear()) {
                return Optional.of("validation.nationalId.birthYear");
            }
        }
        return Optional.empty();
    }

    /** The fourth digit for a holder of this gender born in this year. */
    public static int genderCenturyDigit(Gender gender, int birthYear) {
        int base = ((birthYear - 1900) / 100) * 2;
        return base + (gender == Gender.FEMALE ? 1 : 0);
    }
}
