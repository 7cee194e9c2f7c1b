package vn.thidua.report.form;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One row behind a figure: an award in the records, a nominee proposed, a movement, a staff member, a fund entry;
 * with the attributes the forms' {@code where} clauses test ("not stated" = the attribute is absent) and a link to
 * the page that shows it.
 */
public record Fact(
        String source,
        long id,
        String label,
        Long unitId,
        LocalDate date,
        long amount,
        Map<String, String> attributes,
        String link) {

    /** Whether every key's value is among the listed ones ({@code "NULL"} matches an absent value). */
    boolean matches(Map<String, List<String>> where) {
        if (where == null) {
            return true;
        }
        for (Map.Entry<String, List<String>> e : where.entrySet()) {
            String value = attributes.get(e.getKey());
            if (!e.getValue().contains(value == null ? "NULL" : value)) {
                return false;
            }
        }
        return true;
    }
}
