package vn.thidua.organization;

/** How a unit became another: sáp nhập, chia tách, đổi tên, kế thừa chức năng. */
public enum LineageKind {
    MERGER,
    SPLIT,
    RENAME,
    SUCCESSION
}
