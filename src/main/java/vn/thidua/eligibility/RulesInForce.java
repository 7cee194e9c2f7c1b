package vn.thidua.eligibility;

import java.time.LocalDate;

/**
 * The rule sets by period of the achievement (law.md §0, R29): an achievement is judged by the
 * rules in force for it, whenever it is proposed.
 */
public enum RulesInForce {
    /** Luật TĐKT 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP. */
    LAW_2003_ND91("Luật TĐKT 2003 (sửa đổi 2013), Nghị định 91/2017/NĐ-CP", null, LocalDate.of(2023, 12, 31)),
    /** Luật TĐKT 2022 và Nghị định 98/2023/NĐ-CP. */
    LAW_2022_ND98("Luật TĐKT 2022, Nghị định 98/2023/NĐ-CP", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)),
    /** Luật TĐKT 2022 và Nghị định 152/2025/NĐ-CP. */
    LAW_2022_ND152("Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP", LocalDate.of(2025, 7, 1), null);

    private final String title;
    private final LocalDate from;
    private final LocalDate until;

    RulesInForce(String title, LocalDate from, LocalDate until) {
        this.title = title;
        this.from = from;
        this.until = until;
    }

    /** The rules for an achievement whose period ends on this day. */
    public static RulesInForce on(LocalDate day) {
        for (RulesInForce rules : values()) {
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
