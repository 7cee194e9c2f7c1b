package vn.thidua.report.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The reporting period a dashboard reads (issue 20, "Report periods"): a year, a half-year, a quarter, a month or
 * any range of days, both ends included. Built from the request's parameters; impossible input is refused with
 * {@link IllegalArgumentException} naming the field, so the page can say which one.
 */
public record Period(Kind kind, LocalDate from, LocalDate to) {

    public enum Kind {
        YEAR,
        HALF,
        QUARTER,
        MONTH,
        RANGE
    }

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to");
        }
    }

    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public static Period half(int year, int half) {
        requireIn("half", half, 1, 2);
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Period(Kind.HALF, start, start.plusMonths(6).minusDays(1));
    }

    public static Period quarter(int year, int quarter) {
        requireIn("quarter", quarter, 1, 4);
        LocalDate start = LocalDate.of(year, 3 * quarter - 2, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    public static Period month(int year, int month) {
        requireIn("month", month, 1, 12);
        YearMonth ym = YearMonth.of(year, month);
        return new Period(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    public static Period range(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new IllegalArgumentException("from");
        }
        if (to == null || to.isBefore(from) || from.plusYears(50).isBefore(to)) {
            throw new IllegalArgumentException("to");
        }
        return new Period(Kind.RANGE, from, to);
    }

    /**
     * The period the parameters name; a missing kind is the year {@code defaultYear}. The number within the year (half,
     * quarter, month) is read from {@code part}.
     */
    public static Period of(String kind, Integer year, Integer part, LocalDate from, LocalDate to, int defaultYear) {
        Kind k;
        try {
            k = kind == null || kind.isBlank() ? Kind.YEAR : Kind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind");
        }
        int y = year == null ? defaultYear : year;
        if (k != Kind.RANGE) {
            requireIn("year", y, 1945, defaultYear + 1);
        }
        return switch (k) {
            case YEAR -> year(y);
            case HALF -> half(y, part == null ? 1 : part);
            case QUARTER -> quarter(y, part == null ? 1 : part);
            case MONTH -> month(y, part == null ? 1 : part);
            case RANGE -> range(from, to);
        };
    }

    /** The number within the year for halves, quarters and months (1-based), else 0. */
    public int part() {
        return switch (kind) {
            case HALF -> from.getMonthValue() <= 6 ? 1 : 2;
            case QUARTER -> (from.getMonthValue() + 2) / 3;
            case MONTH -> from.getMonthValue();
            default -> 0;
        };
    }

    /** The request parameters that name this period again (for links and exports). */
    public String query() {
        return switch (kind) {
            case YEAR -> "kind=YEAR&year=" + from.getYear();
            case RANGE -> "kind=RANGE&from=" + from + "&to=" + to;
            default -> "kind=" + kind + "&year=" + from.getYear() + "&part=" + part();
        };
    }

    /** Whether the day falls within the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The day after the period: the exclusive end used in SQL. */
    public LocalDate end() {
        return to.plusDays(1);
    }

    private static void requireIn(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field);
        }
    }
}
