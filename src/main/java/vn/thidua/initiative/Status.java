package vn.thidua.initiative;

/** Where an application stands. */
enum Status {
    SUBMITTED,
    RECOGNISED,
    NOT_RECOGNISED
}
