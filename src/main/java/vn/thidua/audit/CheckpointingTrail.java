package vn.thidua.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the audit trail at start-up, every hour and every day
 * ({@code thidua.audit.checkpoint-cron}, {@code thidua.audit.daily-cron}; "-" turns one off). The
 * daily one is also printed in the log, so a copy lives wherever the logs are collected.
 */
@Component
class CheckpointingTrail {

    private static final Logger log = LoggerFactory.getLogger(CheckpointingTrail.class);

    private final AuditTrail trail;

    CheckpointingTrail(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        checkpoint(true);
    }

    @Scheduled(cron = "${thidua.audit.checkpoint-cron:0 0 * * * *}", zone = "${thidua.zone:Asia/Ho_Chi_Minh}")
    void hourly() {
        checkpoint(false);
    }

    @Scheduled(cron = "${thidua.audit.daily-cron:0 55 23 * * *}", zone = "${thidua.zone:Asia/Ho_Chi_Minh}")
    void daily() {
        checkpoint(true);
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
