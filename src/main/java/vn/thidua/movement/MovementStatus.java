package vn.thidua.movement;

/** Where a movement stands: from draft to closed, one verb per step. */
public enum MovementStatus {
    /** Dự thảo. */
    DRAFT,
    /** Chờ phê duyệt: the specialist (or officer) has prepared it, its unit's head approves the launch. */
    AWAITING_APPROVAL,
    /** Đã phát động. */
    LAUNCHED,
    /** Đang nhận đăng ký. */
    REGISTRATION_OPEN,
    /** Đang thực hiện. */
    IN_PROGRESS,
    /** Đang sơ kết, tổng kết. */
    UNDER_REVIEW,
    /** Đã kết thúc. */
    CLOSED
}
