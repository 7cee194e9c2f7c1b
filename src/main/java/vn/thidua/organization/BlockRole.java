package vn.thidua.organization;

/** Khối trưởng, khối phó, thành viên: rotates every year. */
public enum BlockRole {
    LEADER,
    DEPUTY,
    MEMBER
}
