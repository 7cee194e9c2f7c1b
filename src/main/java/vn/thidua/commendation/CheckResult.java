package vn.thidua.commendation;

/** The system's check of a nominee against the law: eligible, not, or not encoded (checked by hand). */
public enum CheckResult {
    ELIGIBLE,
    NOT_ELIGIBLE,
    MANUAL
}
