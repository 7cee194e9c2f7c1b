package vn.thidua.scoring;

/** How a criterion is scored (the real patterns of scoring_tables_partial.csv). */
public enum CriterionKind {
    /** Bậc điểm: one of listed levels ("8: đủ, đúng hạn | 6: thiếu 2 báo cáo | 0: …"). */
    LADDER,
    /** Ngưỡng tỷ lệ: points by the percentage reached ("90% đảng viên là hội viên"). */
    THRESHOLD,
    /** Điểm thưởng, added on top ("Cờ thi đua Chính phủ: +15"); totals can exceed 100. */
    BONUS,
    /** Điểm trừ, deducted. */
    PENALTY
}
