package vn.thidua.achievement;

/**
 * Phạm vi ảnh hưởng của sáng kiến: cơ sở, huyện, tỉnh, toàn quốc. The district level (cấp huyện)
 * exists for initiatives recognised up to 30/6/2025: districts were abolished from 1/7/2025 (NĐ
 * 129/2025, docs/legal-reference.md §5); it is the scope Luật TĐKT 2022 Điều 73 khoản 2 asks of a worker.
 */
public enum InitiativeScope {
    GRASSROOTS,
    DISTRICT,
    PROVINCIAL,
    NATIONAL;

    /** The last year a district could recognise an initiative (districts ended on 30/6/2025). */
    public static final int LAST_DISTRICT_YEAR = 2025;

    public boolean atLeast(InitiativeScope other) {
        return ordinal() >= other.ordinal();
    }

    /** Whether an initiative of this scope can have been recognised in the year. */
    public boolean existedIn(int year) {
        return this != DISTRICT || year <= LAST_DISTRICT_YEAR;
    }
}
