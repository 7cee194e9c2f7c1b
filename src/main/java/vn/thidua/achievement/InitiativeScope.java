package vn.thidua.achievement;

/** Phạm vi ảnh hưởng của sáng kiến: cơ sở, tỉnh, toàn quốc. */
public enum InitiativeScope {
    GRASSROOTS,
    PROVINCIAL,
    NATIONAL;

    public boolean atLeast(InitiativeScope other) {
        return ordinal() >= other.ordinal();
    }
}
