/**
 * Append-only trail of who changed what and when, each entry sealed with a key kept outside the
 * database and checkpointed outside it (ADR 0006, 0020).
 */
package vn.thidua.audit;
