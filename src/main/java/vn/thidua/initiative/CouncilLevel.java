package vn.thidua.initiative;

import java.time.LocalDate;
import vn.thidua.achievement.InitiativeScope;

/** The level of the recognition council (Hội đồng sáng kiến). */
enum CouncilLevel {
    GRASSROOTS,
    /** District councils ended with the districts on 1/7/2025 (NQ 202/2025/QH15). */
    DISTRICT,
    PROVINCIAL;

    static final LocalDate DISTRICTS_ENDED = LocalDate.of(2025, 7, 1);

    /** The widest scope of effect a council of this level may recognise. */
    InitiativeScope widest() {
        return this == PROVINCIAL ? InitiativeScope.PROVINCIAL : InitiativeScope.GRASSROOTS;
    }
}
