package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * What an integrity check of the audit trail found: how many entries it read, the last seal, the
 * checkpoint it compared against, and the problems (the first broken entry of the chain, then any
 * missing tail), empty when the trail is intact.
 */
public record AuditIntegrity(
        long entries, String lastSeal, Optional<AuditCheckpoint> checkpoint, List<Problem> problems) {

    /** What can be wrong; each has a Vietnamese message {@code audit.problem.<KIND>}. */
    public enum Kind {
        /** The entry's content or seal does not match: it was edited after it was written. */
        SEAL_MISMATCH,
        /** The entry does not point at the seal of the entry before it: that one was removed or replaced. */
        LINK_BROKEN,
        /** Entries are missing before this one (its sequence number jumps). */
        GAP,
        /** The entry's sequence number is lower than its position: entries were inserted or reordered. */
        ORDER,
        /** An entry without a keyed seal after keyed ones: an attempt to pass off a rewrite. */
        UNSEALED,
        /** Fewer entries than the chain head or the last checkpoint records: the newest were removed. */
        MISSING_TAIL,
        /** The entry at a checkpoint's position no longer carries the seal the checkpoint recorded. */
        CHECKPOINT_MISMATCH,
        /** The chain head kept in the database does not match the entry at its position. */
        HEAD_MISMATCH,
        /** A line of the checkpoint file whose own seal does not verify. */
        CHECKPOINT_INVALID
    }

    /**
     * One problem. {@code entryId} and {@code occurredAt} name the entry when there is one; {@code
     * position} is its place in the chain (1 = first), {@code expected} what should have been there
     * (a count or a position).
     */
    public record Problem(Kind kind, Long entryId, OffsetDateTime occurredAt, long position, long expected) {}

    public boolean intact() {
        return problems.isEmpty();
    }

    /** A problem at the end of the trail: writing a new checkpoint now would hide it. */
    boolean tailBroken() {
        return problems.stream()
                .anyMatch(p -> p.kind() == Kind.MISSING_TAIL
                        || p.kind() == Kind.CHECKPOINT_MISMATCH
                        || p.kind() == Kind.HEAD_MISMATCH);
    }
}
