package vn.thidua.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Epochs of in-memory caches, shared by every instance through the database (table
 * {@code cluster_cache_epoch}, ADR 0027). A cache notes the epoch of its name before it renders or
 * loads something, keeps it with the entry, and serves the entry only while {@link #current} is still
 * that epoch. Whatever makes the entries stale calls {@link #changed}: after its transaction commits,
 * the epoch goes up by one in the database and at once in this instance; the other instances read the
 * table every {@code thidua.cluster.epoch-poll} (250 ms) on a thread of their own, so no busy
 * scheduler delays them. One indexed read of a few rows per poll; nothing on the request path.
 */
@Component
public class CacheEpochs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CacheEpochs.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final long pollMillis;
    private final Map<String, AtomicLong> epochs = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService poller;

    CacheEpochs(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            @Value("${thidua.cluster.epoch-poll:250ms}") Duration poll) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.pollMillis = Math.max(10, poll.toMillis());
    }

    /** The epoch of the named cache as this instance last saw it (0 before any change). */
    public long current(String cache) {
        AtomicLong epoch = epochs.get(cache);
        return epoch == null ? 0 : epoch.get();
    }

    /**
     * The named cache's entries are stale on every instance once the current transaction commits (at
     * once without a transaction; not at all if it rolls back). Called many times in one transaction,
     * it adds one.
     */
    public void changed(String cache) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            advance(cache);
            return;
        }
        String key = CacheEpochs.class.getName() + ":" + cache;
        if (TransactionSynchronizationManager.hasResource(key)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(key, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                if (status == STATUS_COMMITTED) {
                    advance(cache);
                }
            }
        });
    }

    private void advance(String cache) {
        Long epoch = separately.execute(s -> {
            if (increment(cache) == 0) {
                // first change of this cache: create its row (another instance may be doing the same)
                jdbc.sql("insert into cluster_cache_epoch (name, epoch) values (:n, 0) on conflict do nothing")
                        .param("n", cache)
                        .update();
                increment(cache);
            }
            return jdbc.sql("select epoch from cluster_cache_epoch where name = :n")
                    .param("n", cache)
                    .query(Long.class)
                    .single();
        });
        seen(cache, epoch);
    }

    private int increment(String cache) {
        return jdbc.sql("update cluster_cache_epoch set epoch = epoch + 1 where name = :n")
                .param("n", cache)
                .update();
    }

    private void seen(String cache, long epoch) {
        epochs.computeIfAbsent(cache, c -> new AtomicLong()).accumulateAndGet(epoch, Math::max);
    }

    /** Reads every cache's epoch from the database (the poller does it; tests may too). */
    void poll() {
        jdbc.sql("select name, epoch from cluster_cache_epoch")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .forEach(e -> seen(e.getKey(), e.getValue()));
    }

    @Override
    public void start() {
        poll();
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cache-epochs");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(
                () -> {
                    try {
                        poll();
                    } catch (RuntimeException e) {
                        log.warn("Không đọc được phiên bản bộ nhớ đệm: {}", e.getMessage());
                    }
                },
                pollMillis,
                pollMillis,
                TimeUnit.MILLISECONDS);
        poller = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = poller;
        poller = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return poller != null;
    }
}
