package vn.thidua.achievement;

/** Hình thức kỷ luật, mildest first (Luật Cán bộ, công chức; Luật Viên chức; Bộ luật Lao động). */
public enum DisciplineForm {
    /** Khiển trách. */
    REPRIMAND,
    /** Cảnh cáo. */
    WARNING,
    /** Hạ bậc lương. */
    SALARY_DOWNGRADE,
    /** Giáng chức. */
    DEMOTION,
    /** Cách chức. */
    REMOVAL_FROM_POST,
    /** Buộc thôi việc. */
    DISMISSAL,
    /** Another form, described in the note. Counted as "cảnh cáo" or above, the safe side. */
    OTHER;

    /** Whether the form bars the unit's collective titles (docs/legal-reference.md R07: "từ cảnh cáo trở lên"). */
    public boolean atLeastWarning() {
        return this != REPRIMAND;
    }
}
