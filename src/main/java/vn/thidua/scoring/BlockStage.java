package vn.thidua.scoring;

/**
 * The steps of a block's year, in order, as blocks really run them (emulation_plans.json,
 * "block_year_cycle_observed"): the pact conference (February–April), the mid-year cross-inspection,
 * the six-month review, the year-end scoring and vote (December–January), the hand-over of the
 * rotating leadership.
 */
public enum BlockStage {
    /** Hội nghị ký kết giao ước thi đua. */
    PACT_SIGNED,
    /** Kiểm tra chéo giữa các đơn vị. */
    CROSS_INSPECTION,
    /** Sơ kết 6 tháng. */
    INTERIM_REVIEW,
    /** Họp chấm điểm, tổng kết. */
    YEAR_END_SCORING,
    /** Bỏ phiếu suy tôn. */
    VOTE,
    /** Bàn giao khối trưởng. */
    HAND_OVER
}
