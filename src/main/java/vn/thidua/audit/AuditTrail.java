package vn.thidua.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.AuditableChange;

/**
 * Nhật ký thay đổi: who changed what and when, before and after. Entries are written in the same
 * transaction as the change they record (no change without its entry), never updated, and chained
 * by seals made with a key kept outside the database (HMAC-SHA256, ADR 0020), so that an edited entry
 * cannot be re-sealed and a removed one breaks the chain or falls short of the last checkpoint.
 */
@Service
public class AuditTrail {

    /** One entry as shown to the administrator. */
    public record Entry(
            long id,
            OffsetDateTime occurredAt,
            String actor,
            String entityType,
            String entityId,
            String action,
            String before,
            String after) {}

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditKey key, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableChange change) {
        append(change, currentActor());
    }

    /**
     * Appends an entry sealed with the audit key over its place, the previous seal and its content; the
     * chain head row is locked so concurrent writers cannot fork the chain.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditableChange change, String actor) {
        record Head(String lastSeal, long count) {}
        Head head = jdbc.sql("select last_hash, entry_count from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getString(1), rs.getLong(2)))
                .single();
        long seq = head.count() + 1;
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String seal = ChainCheck.keyed(
                key,
                seq,
                head.lastSeal(),
                at,
                actor,
                change.entityType(),
                change.entityId(),
                change.action(),
                change.before(),
                change.after());
        jdbc.sql("""
        insert into audit_entry (occurred_at, actor, entity_type, entity_id, action,
                                 before_state, after_state, previous_hash, hash, seq, seal_version)
        values (:at, :actor, :type, :entityId, :action, :before, :after, :previous, :hash, :seq, :version)""")
                .param("at", at)
                .param("actor", actor)
                .param("type", change.entityType())
                .param("entityId", change.entityId())
                .param("action", change.action())
                .param("before", change.before())
                .param("after", change.after())
                .param("previous", head.lastSeal())
                .param("hash", seal)
                .param("seq", seq)
                .param("version", ChainCheck.KEYED)
                .update();
        jdbc.sql("update audit_chain_head set last_hash = :hash, entry_count = :count where id = 1")
                .param("hash", seal)
                .param("count", seq)
                .update();
    }

    /** The latest entries, optionally of one kind of entity or one actor. */
    @Transactional(readOnly = true)
    public List<Entry> latest(String entityType, String actor, int limit) {
        return jdbc.sql("""
        select id, occurred_at, actor, entity_type, entity_id, action, before_state, after_state
        from audit_entry
        where (:type = '' or entity_type = :type) and (:actor = '' or actor = :actor)
        order by id desc limit :limit""")
                .param("type", entityType == null ? "" : entityType)
                .param("actor", actor == null ? "" : actor)
                .param("limit", limit)
                .query((rs, n) -> new Entry(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    /**
     * Recomputes every seal with the key and compares the table with the chain head and the last
     * checkpoint kept outside the database; names the first broken entry and any missing tail.
     */
    @Transactional(readOnly = true)
    public AuditIntegrity verify() {
        return verify(checkpoints);
    }

    @Transactional(readOnly = true)
    AuditIntegrity verify(AuditCheckpoints against) {
        return ChainCheck.run(jdbc, key, against.read());
    }

    /**
     * Records the trail's count and last seal as a checkpoint outside the database, unless the tail is
     * already missing against the previous one (a new checkpoint would then hide the removal).
     */
    @Transactional(readOnly = true)
    public AuditIntegrity checkpoint() {
        return checkpoint(checkpoints);
    }

    @Transactional(readOnly = true)
    AuditIntegrity checkpoint(AuditCheckpoints into) {
        AuditIntegrity integrity = verify(into);
        if (!integrity.tailBroken()) {
            into.append(new AuditCheckpoint(
                    OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                    integrity.entries(),
                    integrity.lastSeal()));
        }
        return integrity;
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }
}
