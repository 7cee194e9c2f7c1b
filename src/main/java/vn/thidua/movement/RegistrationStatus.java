package vn.thidua.movement;

/** Đăng ký thi đua: drafted by the unit, submitted, returned with a reason, or accepted. */
public enum RegistrationStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
