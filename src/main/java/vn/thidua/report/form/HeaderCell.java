package vn.thidua.report.form;

/** A cell of a form's upper header line: a group (merged) over columns; a column without a group spans both lines. */
public record HeaderCell(String text, int first, int last, boolean twoLines) {}
