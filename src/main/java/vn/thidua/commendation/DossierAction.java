package vn.thidua.commendation;

/** What people do to a dossier; each is allowed from some statuses only ({@link DossierStatus}). */
public enum DossierAction {
    /** The officer hands the draft to the unit's leader. */
    SEND_TO_LEADER,
    /** The leader sends it back to the officer. */
    SEND_BACK,
    /** The leader approves and submits it to the next level. */
    SUBMIT,
    /** A level between the unit and the province passes it on upward. */
    FORWARD,
    /** The Ban TĐKT receives it for appraisal. */
    RECEIVE,
    /** The appraiser returns it to the unit to fix the flagged fields. */
    RETURN,
    /** The unit's leader sends it back to the appraiser after the fix. */
    RESUBMIT,
    /** Every nominee accepted or rejected: ready for the council. */
    FINISH_APPRAISAL,
    /** The appraiser takes it back up before the council. */
    REOPEN,
    /** Put on a council session's agenda. */
    PUT_TO_COUNCIL,
    /** The council's ballots on all its nominees are closed. */
    CONCLUDE,
    /** The unit takes it back before anyone else has it. */
    WITHDRAW
}
