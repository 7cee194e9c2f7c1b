package vn.thidua.commendation;

/** The Ban TĐKT specialist's word on one nominee. */
public enum Appraisal {
    ACCEPTED,
    REJECTED,
    RETURNED
}
