package vn.thidua.achievement;

/** Xếp loại chất lượng hằng năm, best first. */
public enum Rating {
    /** Hoàn thành xuất sắc nhiệm vụ (HTXSNV). */
    EXCELLENT,
    /** Hoàn thành tốt nhiệm vụ (HTTNV). */
    GOOD,
    /** Hoàn thành nhiệm vụ (HTNV). */
    COMPLETED,
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED;

    public boolean atLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }
}
