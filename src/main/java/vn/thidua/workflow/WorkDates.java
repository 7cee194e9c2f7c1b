package vn.thidua.workflow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates in notices, the Vietnamese way (dd/MM/yyyy). */
final class WorkDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private WorkDates() {}

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }
}
