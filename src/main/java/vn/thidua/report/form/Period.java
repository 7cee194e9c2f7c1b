package vn.thidua.report.form;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.thidua.shared.InvalidInput;

/** A reporting period: a year, a half-year, a quarter, a month, or any range of days (both ends included). */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        YEAR,
        HALF,
        QUARTER,
        MONTH,
        RANGE
    }

    static Period of(Kind kind, int year, int number, LocalDate from, LocalDate to) {
        Kind k = kind == null ? Kind.YEAR : kind;
        if (k != Kind.RANGE && (year < 1945 || year > 2100)) {
            throw InvalidInput.of("period", "validation.report.period");
        }
        return switch (k) {
            case YEAR -> new Period(k, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            case HALF -> {
                int h = clamp(number, 2);
                LocalDate start = LocalDate.of(year, h == 1 ? 1 : 7, 1);
                yield new Period(k, start, start.plusMonths(6).minusDays(1));
            }
            case QUARTER -> {
                int q = clamp(number, 4);
                LocalDate start = LocalDate.of(year, 3 * (q - 1) + 1, 1);
                yield new Period(k, start, start.plusMonths(3).minusDays(1));
            }
            case MONTH -> {
                LocalDate start = LocalDate.of(year, clamp(number, 12), 1);
                yield new Period(k, start, start.plusMonths(1).minusDays(1));
            }
            case RANGE -> {
                if (from == null || to == null || to.isBefore(from) || ChronoUnit.YEARS.between(from, to) >= 10) {
                    throw InvalidInput.of("period", "validation.report.period");
                }
                yield new Period(k, from, to);
            }
        };
    }

    private static int clamp(int n, int max) {
        if (n < 1 || n > max) {
            throw InvalidInput.of("period", "validation.report.period");
        }
        return n;
    }

    /** "Năm 2025", "6 tháng đầu năm 2025", "Quý I năm 2025", "Tháng 3 năm 2025", "Từ 01/01/2025 đến 31/03/2025". */
    public String words() {
        int y = from.getYear();
        return switch (kind) {
            case YEAR -> "Năm " + y;
            case HALF -> (from.getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + y;
            case QUARTER ->
                "Quý " + new String[] {"I", "II", "III", "IV"}[(from.getMonthValue() - 1) / 3] + " năm " + y;
            case MONTH -> "Tháng " + from.getMonthValue() + " năm " + y;
            case RANGE -> "Từ ngày " + date(from) + " đến ngày " + date(to);
        };
    }

    /** The number within the year (half, quarter or month); 0 for a year or a range. */
    public int number() {
        return switch (kind) {
            case HALF -> from.getMonthValue() == 1 ? 1 : 2;
            case QUARTER -> (from.getMonthValue() - 1) / 3 + 1;
            case MONTH -> from.getMonthValue();
            default -> 0;
        };
    }

    boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    static String date(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
