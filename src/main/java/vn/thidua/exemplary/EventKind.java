package vn.thidua.exemplary;

/**
 * Honouring events: the Patriotic Emulation Congress (Đại hội Thi đua yêu nước, every 5 years), the
 * anniversary of the Call for Patriotic Emulation (11/6/1948), a conference of exemplary models.
 */
enum EventKind {
    CONGRESS,
    ANNIVERSARY,
    CONFERENCE;

    /** The anniversary number of the Call a date falls in: year − 1948 (registers.md §1, [I]). */
    static int anniversaryOf(java.time.LocalDate day) {
        return day.getYear() - 1948;
    }
}
