package vn.thidua.organization;

/** Khối thi đua (same sector) or cụm thi đua (same territory). */
public enum BlockKind {
    BLOCK,
    CLUSTER
}
