package vn.thidua.commendation;

/** The council's result for a nominee. */
public enum Outcome {
    APPROVED,
    NOT_APPROVED
}
