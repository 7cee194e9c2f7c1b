package vn.thidua.commendation;

/**
 * How an award was earned, as the statistical forms count it (Thông tư 02/2023/TT-BNV, 0602.N rows 15–21,
 * 0603.N rows 11–17). Stored in {@code commendation_dossier.award_method} and copied to the decision's lines;
 * {@code null} is "not stated" (legacy rows), never guessed. Labels: {@code awardMethod.<NAME>}.
 */
public enum AwardMethod {
    /** Thường xuyên (công trạng, thành tích). */
    REGULAR,
    /** Theo chuyên đề (đợt, phong trào). */
    THEMATIC,
    /** Đột xuất. */
    EXTRAORDINARY,
    /** Đối ngoại. */
    FOREIGN,
    /** Quá trình cống hiến. */
    DEDICATION,
    /** Niên hạn. */
    SENIORITY,
    /** Kháng chiến. */
    RESISTANCE;

    /** The method a dossier of this kind states unless the user chooses another (its form's initial value). */
    public static AwardMethod defaultFor(DossierKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case REGULAR, POSTHUMOUS -> REGULAR;
            case THEMATIC -> THEMATIC;
            case EXTRAORDINARY -> EXTRAORDINARY;
            case LONG_SERVICE -> DEDICATION;
        };
    }

    /** The stored value read back; an unknown or empty one is "not stated". */
    public static AwardMethod parse(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return valueOf(stored.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
