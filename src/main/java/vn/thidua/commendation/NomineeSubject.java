package vn.thidua.commendation;

/** Who a nominee is: a person, a collective (a unit), or a household (hộ gia đình). */
public enum NomineeSubject {
    INDIVIDUAL,
    COLLECTIVE,
    HOUSEHOLD
}
