package vn.thidua.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.thidua.cluster.ScheduledRuns;

/**
 * Checkpoints of the audit trail at start-up, every hour and every day
 * ({@code thidua.audit.checkpoint-cron}, {@code thidua.audit.daily-cron}; "-" turns one off). The
 * daily one is also printed in the log, so a copy lives wherever the logs are collected. With several
 * instances the hourly and daily ones are written once, by the instance that claims the hour or the day
 * first (ADR 0027), into the one checkpoint folder they share; each instance writes one at its start.
 */
@Component
class CheckpointingTrail {

    private static final Logger log = LoggerFactory.getLogger(CheckpointingTrail.class);

    private final AuditTrail trail;
    private final ScheduledRuns runs;
    private final Clock clock;

    CheckpointingTrail(AuditTrail trail, ScheduledRuns runs, Clock clock) {
        this.trail = trail;
        this.runs = runs;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        checkpoint(true);
    }

    @Scheduled(cron = "${thidua.audit.checkpoint-cron:0 0 * * * *}", zone = "${thidua.zone:Asia/Ho_Chi_Minh}")
    void hourly() {
        String hour = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS).toString();
        runs.runOnce("audit-checkpoint-hourly", hour, () -> checkpoint(false));
    }

    @Scheduled(cron = "${thidua.audit.daily-cron:0 55 23 * * *}", zone = "${thidua.zone:Asia/Ho_Chi_Minh}")
    void daily() {
        runs.runOnce("audit-checkpoint-daily", LocalDate.now(clock).toString(), () -> checkpoint(true));
    }

    private void checkpoint(boolean printed) {
        AuditIntegrity integrity = trail.checkpoint();
        if (!integrity.intact()) {
            log.error(
                    "NHẬT KÝ THAY ĐỔI KHÔNG TOÀN VẸN: {}{}",
                    integrity.problems(),
                    integrity.tailBroken() ? " — không ghi điểm mốc mới" : "");
        }
        if (printed && !integrity.tailBroken()) {
            log.info(
                    "Điểm mốc nhật ký thay đổi: {} bản ghi, niêm phong cuối {}",
                    integrity.entries(),
                    integrity.lastSeal());
        }
    }
}
