package vn.thidua.movement;

/**
 * One content or criterion of a movement, concrete and checkable ("nội dung, tiêu chí cụ thể, rõ ràng,
 * dễ kiểm tra, giám sát"): what, the measurable target, how it is checked, and the evidence needed.
 */
public record Criterion(int seq, String name, String target, String howChecked, String evidence) {}
