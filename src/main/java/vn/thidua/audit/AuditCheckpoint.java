package vn.thidua.audit;

import java.time.OffsetDateTime;

/** The trail's state at a moment, kept outside the database: how many entries, and the last one's seal. */
public record AuditCheckpoint(OffsetDateTime at, long count, String seal) {}
