package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule sets by period of the achievement (docs/legal-reference.md §0, R29): an achievement is judged by the
 * rules in force for it, whenever it is proposed.
 */
public enum RulesInForce {
    /** Luật TĐKT 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP. */
    LAW_2003_ND91("Luật TĐKT 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP", null, LocalDate.of(2023, 12, 31)),
    /** Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP. */
    LAW_2022_ND98("Luật TĐKT 2022, Nghị định 98/2023/NĐ-CP", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
    /** Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP. */
    LAW_2022_ND152("Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP", LocalDate.of(2025, 7, 1), null),
    /**
     * The 2026 amendment of the law (docs/legal-reference.md §0 [U]: reported as passed, in force 01/10/2026, not
     * confirmed). Applied only from the day the province configures; until then it does not exist.
     */
    LAW_2022_AMENDED_2026(
            "Luật TĐKT 2022 sửa đổi năm 2026 (chưa xác nhận, áp dụng theo cấu hình của tỉnh)", null, null);

    private static volatile LocalDate amendment2026From;

    private final String title;
    private final LocalDate from;
    private final LocalDate until;

    RulesInForce(String title, LocalDate from, LocalDate until) {
        this.title = title;
        this.from = from;
        this.until = until;
    }

    /**
     * Applies the 2026 amendment to achievements ending on or after {@code day}; null withdraws it.
     * Set once at start from {@code thidua.eligibility.amendment-2026-from}.
     */
    public static void amendment2026From(LocalDate day) {
        amendment2026From = day;
    }

    /** The periods the system knows, oldest first: the amendment only once configured. */
    public static List<RulesInForce> known() {
        return amendment2026From == null ? List.of(LAW_2003_ND91, LAW_2022_ND98, LAW_2022_ND152) : List.of(values());
    }

    /** The rules for an achievement whose period ends on this day. */
    public static RulesInForce on(LocalDate day) {
        LocalDate amended = amendment2026From;
        if (amended != null && !day.isBefore(amended)) {
            return LAW_2022_AMENDED_2026;
        }
        for (RulesInForce rules : List.of(LAW_2003_ND91, LAW_2022_ND98, LAW_2022_ND152)) {
            if ((rules.from == null || !day.isBefore(rules.from))
                    && (rules.until == null || !day.isAfter(rules.until))) {
                return rules;
            }
        }
        throw new IllegalStateException("no rules for " + day);
    }

    /** The rules for a year's achievement (judged at the end of that year). */
    public static RulesInForce forYear(int year) {
        return on(LocalDate.of(year, 12, 31));
    }

    public String title() {
        return title;
    }

    public boolean before2024() {
        return this == LAW_2003_ND91;
    }
}
