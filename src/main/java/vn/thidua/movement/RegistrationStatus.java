package vn.thidua.movement;

/**
 * Đăng ký thi đua: drafted by the unit's officer, handed to the leader, submitted by the leader,
 * returned with a reason, or accepted.
 */
public enum RegistrationStatus {
    DRAFT,
    AWAITING_APPROVAL,
    SUBMITTED,
    RETURNED,
    ACCEPTED
}
