package vn.thidua.cluster;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduled jobs that must run once across instances (ADR 0005, 0027): every instance's scheduler
 * fires, and the first to insert the row (job, slot) into {@code cluster_job_run} runs the job for
 * that slot; the others find the row and skip it. The slot names the period the run is for (the day,
 * the hour), so an instance firing late, or started after the others ran, still skips. The claim is
 * committed before the job starts: an instance dying during the job loses that slot, never doubles it.
 */
@Component
public class ScheduledRuns {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final String instance;

    ScheduledRuns(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.instance = ProcessHandle.current().pid() + "@" + hostName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** True for the one instance that claims this job's slot first; false for every other claim of it. */
    public boolean claim(String job, String slot) {
        try {
            return insert(job, slot);
        } catch (DataIntegrityViolationException taken) {
            return false; // H2 may report a concurrent claim of the same slot as a duplicate key
        }
    }

    private boolean insert(String job, String slot) {
        Integer inserted = separately.execute(s -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            int n = jdbc.sql("insert into cluster_job_run (job, slot, instance, claimed_at)"
                            + " values (:j, :s, :i, :t) on conflict do nothing")
                    .param("j", job)
                    .param("s", slot)
                    .param("i", instance)
                    .param("t", now)
                    .update();
            if (n == 1) {
                jdbc.sql("delete from cluster_job_run where claimed_at < :before")
                        .param("before", now.minusDays(60))
                        .update();
            }
            return n;
        });
        return inserted != null && inserted == 1;
    }

    /** Runs the job if this instance claims its slot; true if it ran here. */
    public boolean runOnce(String job, String slot, Runnable run) {
        if (!claim(job, slot)) {
            return false;
        }
        run.run();
        return true;
    }

    /** This instance's name in the claims it makes (process, host, a random part). */
    public String instance() {
        return instance;
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
