package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.audit.AuditIntegrity.Kind;
import vn.thidua.audit.AuditIntegrity.Problem;

/**
 * Reads the whole trail in order and recomputes every seal: the first entry that does not hold, then
 * the tail against the chain head and against the last checkpoint kept outside the database.
 */
final class ChainCheck {

    static final String GENESIS = "0".repeat(64);
    static final int UNKEYED = 1;
    static final int KEYED = 2;

    private final AuditKey key;
    private long position;
    private String previous = GENESIS;
    private boolean keyedSeen;
    private Problem first;
    private String sealAtHead;
    private Problem entryAtCheckpoint;
    private String sealAtCheckpoint;

    private ChainCheck(AuditKey key) {
        this.key = key;
    }

    static AuditIntegrity run(JdbcClient jdbc, AuditKey key, AuditCheckpoints.Reading checkpoints) {
        // the head first: entries appended after this read only lengthen the chain it describes
        record Head(String lastSeal, long count) {}
        Head head = jdbc.sql("select last_hash, entry_count from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2)))
                .single();
        long checkpointCount = checkpoints.last().map(AuditCheckpoint::count).orElse(0L);
        ChainCheck check = new ChainCheck(key);
        jdbc.sql("""
        select id, occurred_at, actor, entity_type, entity_id, action, before_state, after_state,
               previous_hash, hash, seq, seal_version
        from audit_entry order by id""").query(rs -> {
            check.read(rs);
            if (check.position == head.count()) {
                check.sealAtHead = check.previous;
            }
            if (check.position == checkpointCount) {
                check.sealAtCheckpoint = check.previous;
                check.entryAtCheckpoint = check.at(rs, Kind.CHECKPOINT_MISMATCH, checkpointCount);
            }
        });
        List<Problem> problems = new ArrayList<>();
        if (check.first != null) {
            problems.add(check.first);
        }
        if (check.position < head.count()) {
            problems.add(new Problem(Kind.MISSING_TAIL, null, null, check.position, head.count()));
        } else if (head.count() > 0 && !head.lastSeal().equals(check.sealAtHead)) {
            problems.add(new Problem(Kind.HEAD_MISMATCH, null, null, head.count(), head.count()));
        }
        checkpoints.last().ifPresent(cp -> {
            if (check.position < cp.count()) {
                problems.add(new Problem(Kind.MISSING_TAIL, null, cp.at(), check.position, cp.count()));
            } else if (cp.count() > 0 && !cp.seal().equals(check.sealAtCheckpoint)) {
                problems.add(check.entryAtCheckpoint);
            }
        });
        for (int line : checkpoints.invalidLines()) {
            problems.add(new Problem(Kind.CHECKPOINT_INVALID, null, null, line, line));
        }
        return new AuditIntegrity(check.position, check.previous, checkpoints.last(), List.copyOf(problems));
    }

    private void read(ResultSet rs) throws SQLException {
        position++;
        String seal = rs.getString(10);
        if (first == null) {
            Kind kind = problemOf(rs, seal);
            if (kind != null) {
                long seq = rs.getLong(11);
                first = at(rs, kind, kind == Kind.GAP || kind == Kind.ORDER ? seq : position);
            }
        }
        previous = seal;
    }

    private Kind problemOf(ResultSet rs, String seal) throws SQLException {
        OffsetDateTime at = rs.getObject(2, OffsetDateTime.class);
        if (rs.getInt(12) == KEYED) {
            keyedSeen = true;
            long seq = rs.getLong(11);
            if (seq != position) {
                return seq > position ? Kind.GAP : Kind.ORDER;
            }
            if (!previous.equals(rs.getString(9))) {
                return Kind.LINK_BROKEN;
            }
            String expected = keyed(key, seq, previous, at, rs.getString(3), fields(rs));
            return expected.equals(seal) ? null : Kind.SEAL_MISMATCH;
        }
        if (keyedSeen || rs.getInt(12) != UNKEYED) {
            return Kind.UNSEALED;
        }
        if (!previous.equals(rs.getString(9))) {
            return Kind.LINK_BROKEN;
        }
        return unkeyed(previous, at, rs.getString(3), fields(rs)).equals(seal) ? null : Kind.SEAL_MISMATCH;
    }

    private Problem at(ResultSet rs, Kind kind, long expected) throws SQLException {
        return new Problem(kind, rs.getLong(1), rs.getObject(2, OffsetDateTime.class), position, expected);
    }

    private static String[] fields(ResultSet rs) throws SQLException {
        return new String[] {rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)};
    }

    /** The keyed seal of an entry: its place, the previous seal, time, actor and the change. */
    static String keyed(AuditKey key, long seq, String previous, OffsetDateTime at, String actor, String... change) {
        return key.seal(
                "audit-entry",
                String.valueOf(seq),
                previous,
                at.toInstant().toString(),
                actor,
                change[0],
                change[1],
                change[2],
                change[3],
                change[4]);
    }

    /** The unkeyed SHA-256 of entries written before ADR 0020, still checked as they were made. */
    static String unkeyed(String previous, OffsetDateTime at, String actor, String... change) {
        String content = String.join(
                "\u001f",
                previous,
                at.toInstant().toString(),
                actor,
                change[0],
                change[1],
                change[2],
                String.valueOf(change[3]),
                String.valueOf(change[4]));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
