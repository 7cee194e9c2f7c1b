package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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
 * by SHA-256 so that an edited or removed entry breaks the chain.
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

    static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableChange change) {
        append(change, currentActor());
    }

    /** Appends an entry; the chain head row is locked so concurrent writers cannot fork the chain. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(AuditableChange change, String actor) {
        String previous = jdbc.sql("select last_hash from audit_chain_head where id = 1 for update")
                .query(String.class)
                .single();
        OffsetDateTime at = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
        String hash = hash(previous, at, actor, change);
        jdbc.sql("""
        insert into audit_entry (occurred_at, actor, entity_type, entity_id, action,
                                 before_state, after_state, previous_hash, hash)
        values (:at, :actor, :type, :entityId, :action, :before, :after, :previous, :hash)""")
                .param("at", at)
                .param("actor", actor)
                .param("type", change.entityType())
                .param("entityId", change.entityId())
                .param("action", change.action())
                .param("before", change.before())
                .param("after", change.after())
                .param("previous", previous)
                .param("hash", hash)
                .update();
        jdbc.sql("update audit_chain_head set last_hash = :hash where id = 1")
                .param("hash", hash)
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

    /** Recomputes the chain; returns the id of the first entry that does not match, or -1. */
    @Transactional(readOnly = true)
    public long firstBrokenEntry() {
        String[] previous = {GENESIS};
        long[] broken = {-1};
        jdbc.sql("""
        select id, occurred_at, actor, entity_type, entity_id, action, before_state, after_state,
               previous_hash, hash
        from audit_entry order by id""").query(rs -> {
            if (broken[0] >= 0) {
                return;
            }
            AuditableChange change = new AuditableChange(
                    rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
            String expected = hash(previous[0], rs.getObject(2, OffsetDateTime.class), rs.getString(3), change);
            if (!rs.getString(9).equals(previous[0]) || !rs.getString(10).equals(expected)) {
                broken[0] = rs.getLong(1);
            }
            previous[0] = rs.getString(10);
        });
        return broken[0];
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    static String hash(String previous, OffsetDateTime at, String actor, AuditableChange change) {
        String content = String.join(
                "\u001f",
                previous,
                at.toInstant().toString(),
                actor,
                change.entityType(),
                change.entityId(),
                change.action(),
                String.valueOf(change.before()),
                String.valueOf(change.after()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
