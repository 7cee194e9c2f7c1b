package vn.thidua.commendation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Working days as the administration counts them (docs/legal-reference.md §3.4, R24, R30): Monday to Friday, less the
 * public holidays the government announces each year (Tết and the others), set in configuration
 * ({@code thidua.calendar.holidays}) because Tết and the bridging days move from year to year.
 */
@Component
public class WorkingDays {

    private final Set<LocalDate> holidays;

    WorkingDays(@Value("${thidua.calendar.holidays:}") List<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public static WorkingDays of(LocalDate... holidays) {
        return new WorkingDays(List.of(holidays));
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public boolean isHoliday(LocalDate day) {
        return holidays.contains(day);
    }

    /** The day on which {@code days} working days counted after {@code start} run out. */
    public LocalDate plus(LocalDate start, int days) {
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days from {@code from} (counted) up to {@code to} (not counted). */
    public int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The last day of a window of {@code days} working days that opens on {@code start}. */
    public LocalDate lastOfWindow(LocalDate start, int days) {
        LocalDate day = start;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return plus(day, days - 1);
    }
}
