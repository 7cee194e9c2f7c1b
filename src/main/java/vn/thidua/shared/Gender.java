package vn.thidua.shared;

/** Giới tính, as recorded on the national ID and counted in statistics. */
public enum Gender {
    MALE,
    FEMALE,
    OTHER
}
