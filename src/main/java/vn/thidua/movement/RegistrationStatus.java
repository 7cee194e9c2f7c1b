package vn.thidua.movement;

/**
 * Đăng ký thi đua: drafted by the unit's officer, handed to the leader, submitted by the leader,
 * returned with a reason, or accepted.
 */
public enum RegistrationStatus {
    DRAFT("Đang soạn"),
    AWAITING_APPROVAL("Chờ lãnh đạo đơn vị gửi"),
    SUBMITTED("Đã gửi"),
    RETURNED("Bị trả lại"),
    ACCEPTED("Đã chấp nhận");

    private final String words;

    RegistrationStatus(String words) {
        this.words = words;
    }

    /** As files and stored notes write it (screens use the messages {@code registrationStatus.*}). */
    public String words() {
        return words;
    }
}
