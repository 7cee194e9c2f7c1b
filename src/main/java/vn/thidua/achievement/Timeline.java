package vn.thidua.achievement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A record as a timeline, newest year first: what happened each year, each fact with its id. */
public record Timeline(List<Year> years) {

    /** The kinds of fact a record holds. */
    public enum Kind {
        RATING,
        TITLE,
        AWARD,
        INITIATIVE,
        DISCIPLINE,
        STANDING,
        PRODUCTION_MODEL
    }

    /**
     * One fact: its kind, id, year, day if it has one, its code (rating, award, scope, form) and words;
     * {@code decided} when a signed decision of this system put it there (then it is read-only).
     */
    public record Entry(
            Kind kind,
            Long id,
            int year,
            LocalDate date,
            LocalDate until,
            String code,
            String detail,
            Basis basis,
            boolean decided) {

        public Entry(Kind kind, Long id, int year, LocalDate date, LocalDate until, String code, String detail) {
            this(kind, id, year, date, until, code, detail, null, false);
        }

        public Entry(
                Kind kind,
                Long id,
                int year,
                LocalDate date,
                LocalDate until,
                String code,
                String detail,
                Basis basis) {
            this(kind, id, year, date, until, code, detail, basis, false);
        }

        /** A form received on a thematic, sudden or long-service basis, to be told apart on screen. */
        public boolean special() {
            return basis != null && basis != Basis.REGULAR;
        }
    }

    public record Year(int year, List<Entry> entries) {}

    static Timeline of(List<Entry> entries) {
        Map<Integer, List<Entry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        entries.stream()
                .sorted(Comparator.comparing(Entry::kind)
                        .thenComparing(e -> e.date() == null ? LocalDate.MIN : e.date()))
                .forEach(e ->
                        byYear.computeIfAbsent(e.year(), y -> new ArrayList<>()).add(e));
        return new Timeline(byYear.entrySet().stream()
                .map(e -> new Year(e.getKey(), List.copyOf(e.getValue())))
                .toList());
    }

    public boolean isEmpty() {
        return years.isEmpty();
    }
}
