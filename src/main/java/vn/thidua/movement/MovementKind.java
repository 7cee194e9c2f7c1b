package vn.thidua.movement;

/** Loại phong trào thi đua (Luật TĐKT 2022 Điều 16–17; docs/legal-reference.md §4.1). */
public enum MovementKind {
    /** Thường xuyên, hằng năm. */
    YEARLY,
    /** Theo đợt, theo chuyên đề. */
    THEMATIC,
    /** Đợt thi đua đặc biệt, thường gắn với một ngày kỷ niệm. */
    SPECIAL_CAMPAIGN,
    /** Giai đoạn 5 năm. */
    FIVE_YEAR
}
