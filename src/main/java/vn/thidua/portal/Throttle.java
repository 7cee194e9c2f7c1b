package vn.thidua.portal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Limits kept in the database, so that every instance behind a load balancer counts the same
 * (table {@code portal_throttle}, ADR 0024). A key (e.g. "rating|address|article") is stored as its
 * SHA-256 only. Taking a slot is one conditional update, {@code hits < limit}, which the database
 * runs one at a time per row: of ten requests at once with a limit of three, exactly three get one.
 * Both operations join the caller's transaction: a slot taken by a request that then fails is given
 * back with the rest of its work.
 */
@Component
class Throttle {

    private final JdbcClient jdbc;
    private final Clock clock;

    Throttle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One of {@code limit} slots of {@code key} in the window starting at {@code window} (a later window
     * starts the count again): true if taken, false if all are taken.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean take(String key, Instant window, int limit) {
        String bucket = Articles.sha256(key);
        Timestamp w = Timestamp.from(window);
        create(bucket, w);
        return jdbc.sql("update portal_throttle set"
                                + " hits = case when window_start < :w then 1 else hits + 1 end,"
                                + " window_start = case when window_start < :w then :w else window_start end"
                                + " where bucket = :b and (window_start < :w or hits < :limit)")
                        .param("b", bucket)
                        .param("w", w)
                        .param("limit", limit)
                        .update()
                == 1;
    }

    /**
     * Holds {@code key}'s row until the caller's transaction ends: requests with the same key then run
     * their check-and-insert one after another (each sees what the one before it wrote).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void serialise(String key) {
        String bucket = Articles.sha256(key);
        Timestamp now = Timestamp.from(clock.instant());
        create(bucket, now);
        jdbc.sql("update portal_throttle set window_start = :now where bucket = :b")
                .param("b", bucket)
                .param("now", now)
                .update();
    }

    private void create(String bucket, Timestamp window) {
        jdbc.sql("insert into portal_throttle (bucket, window_start, hits) values (:b, :w, 0) on conflict do nothing")
                .param("b", bucket)
                .param("w", window)
                .update();
    }

    /** Rows not used for two days count nothing any more (the longest window is a day). */
    @Scheduled(fixedDelayString = "${thidua.portal.throttle-cleanup-every:1h}")
    @Transactional
    public void forgetOld() {
        jdbc.sql("delete from portal_throttle where window_start < :before")
                .param("before", Timestamp.from(clock.instant().minus(Duration.ofDays(2))))
                .update();
    }
}
