package vn.thidua.portal;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Views and visits counted in memory on the request path (an atomic add, no database write) and
 * written in batches every few seconds ({@code thidua.portal.flush-every}) and at shutdown: each
 * instance adds what it counted, so totals stay exact behind a load balancer. A visit is a
 * visitor's first request of the day: the day of the last counted visit travels in the visitor's
 * cookie, so nothing per visitor is kept for it; bots, which keep no cookies, are known by their
 * user agent and address. Who is online is kept per visitor for five minutes, split into signed-in
 * users, search engine bots and guests, for at most {@value #ONLINE_CAP} visitors (a client that
 * never returns its cookie looks new on every request; beyond the cap the online figure stops
 * growing while visits are still counted).
 */
@Component
public class Counters {

    private static final Duration ONLINE = Duration.ofMinutes(5);
    static final int ONLINE_CAP = 100_000;
    private static final Pattern BOTS = Pattern.compile(
            "(?i)bot|crawl|spider|slurp|bingpreview|facebookexternalhit|zalo|coccoc|yandex|baidu|duckduck|semrush|ahrefs");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Map<Long, AtomicLong> views = new ConcurrentHashMap<>();
    private final AtomicLong visits = new AtomicLong();
    private final Map<String, Presence> online = new ConcurrentHashMap<>();
    private volatile LocalDate countingDay;
    private volatile long[] writtenVisits;

    Counters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.countingDay = LocalDate.now(clock);
    }

    public enum Kind {
        USER,
        BOT,
        GUEST
    }

    private record Presence(Instant lastSeen, Kind kind, LocalDate countedOn) {}

    /** The statistics block: online now by kind; visits today, this month, in all. */
    public record Stats(long users, long bots, long guests, long today, long month, long total) {

        public long online() {
            return users + bots + guests;
        }
    }

    public static Kind kindOf(String userAgent, boolean signedIn) {
        if (userAgent != null && BOTS.matcher(userAgent).find()) {
            return Kind.BOT;
        }
        return signedIn ? Kind.USER : Kind.GUEST;
    }

    /**
     * A request from a visitor whose cookie says it was last counted on {@code countedOn} (null: no
     * cookie, or a bot). Counts a visit when that is not today and the visitor was not seen yet today,
     * and returns today, the day the visitor's cookie should carry.
     */
    public LocalDate seen(String visitor, Kind kind, LocalDate countedOn) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!today.equals(countingDay)) {
            rollOver(today);
        }
        Presence before;
        if (online.size() < ONLINE_CAP || online.containsKey(visitor)) {
            before = online.put(visitor, new Presence(now, kind, today));
        } else {
            before = null;
        }
        // the cookie says whether it was counted today; the presence catches the same visitor's
        // requests that arrive together, before its browser has the renewed cookie
        boolean newVisit = !today.equals(countedOn)
                && (before == null || !before.countedOn().equals(today));
        if (newVisit) {
            visits.incrementAndGet();
        }
        return today;
    }

    public void viewed(Long articleId) {
        views.computeIfAbsent(articleId, id -> new AtomicLong()).incrementAndGet();
    }

    /** Views of an article not yet written. */
    public long pendingViews(Long articleId) {
        AtomicLong n = views.get(articleId);
        return n == null ? 0 : n.get();
    }

    @Transactional(readOnly = true)
    public Stats stats() {
        Instant since = clock.instant().minus(ONLINE);
        long users = 0;
        long bots = 0;
        long guests = 0;
        for (Presence p : online.values()) {
            if (p.lastSeen().isBefore(since)) {
                continue;
            }
            switch (p.kind()) {
                case USER -> users++;
                case BOT -> bots++;
                case GUEST -> guests++;
            }
        }
        long pending = visits.get();
        long[] written = written();
        return new Stats(users, bots, guests, written[0] + pending, written[1] + pending, written[2] + pending);
    }

    /** The visits already written (today, this month, in all), read again only after a flush. */
    private long[] written() {
        long[] cached = writtenVisits;
        if (cached == null) {
            LocalDate today = LocalDate.now(clock);
            long day = stored("select coalesce(sum(visits), 0) from portal_visit_day where visit_day = :d", today);
            long month = stored(
                    "select coalesce(sum(visits), 0) from portal_visit_day where visit_day >= :d",
                    today.withDayOfMonth(1));
            long total = jdbc.sql("select coalesce(sum(visits), 0) from portal_visit_day")
                    .query(Long.class)
                    .single();
            cached = new long[] {day, month, total};
            writtenVisits = cached;
        }
        return cached;
    }

    private long stored(String sql, LocalDate day) {
        return jdbc.sql(sql).param("d", day).query(Long.class).single();
    }

    /** Writes what was counted since the last time; what arrives meanwhile waits for the next. */
    @Scheduled(fixedDelayString = "${thidua.portal.flush-every:5s}")
    @Transactional
    public void flush() {
        views.forEach((id, n) -> {
            long count = n.getAndSet(0);
            if (count > 0) {
                jdbc.sql("update portal_article set views = views + :n where id = :id")
                        .param("n", count)
                        .param("id", id)
                        .update();
            }
        });
        writeVisits(countingDay, visits.getAndSet(0));
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            writtenVisits = null; // read the committed totals afresh
                        }
                    });
        }
        // guests and users are remembered while online; bots for the day, to count them once
        Instant gone = clock.instant().minus(ONLINE);
        LocalDate today = LocalDate.now(clock);
        online.values()
                .removeIf(p -> p.lastSeen().isBefore(gone)
                        && !(p.kind() == Kind.BOT && p.countedOn().equals(today)));
    }

    @PreDestroy
    void atShutdown() {
        try {
            flush();
        } catch (RuntimeException e) {
            // the database may already be gone in tests; counts of the last seconds are lost then
        }
    }

    private synchronized void rollOver(LocalDate today) {
        if (!today.equals(countingDay)) {
            writeVisits(countingDay, visits.getAndSet(0));
            countingDay = today;
        }
    }

    private void writeVisits(LocalDate day, long count) {
        writtenVisits = null;
        if (count <= 0) {
            return;
        }
        int updated = jdbc.sql("update portal_visit_day set visits = visits + :n where visit_day = :d")
                .param("n", count)
                .param("d", day)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into portal_visit_day (visit_day, visits) values (:d, :n)")
                        .param("d", day)
                        .param("n", count)
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException another) {
                jdbc.sql("update portal_visit_day set visits = visits + :n where visit_day = :d")
                        .param("n", count)
                        .param("d", day)
                        .update();
            }
        }
    }
}
