package vn.thidua.scoring;

/**
 * What a block's vote proposes a member for (docs/legal-reference.md §4.3, Outcomes): the leading unit for the
 * province's emulation flag (Cờ thi đua của UBND tỉnh, Đ26), the next ones for the province's
 * certificate of merit (Bằng khen của Chủ tịch UBND tỉnh).
 */
public enum VoteProposal {
    FLAG,
    CERTIFICATE
}
