package vn.thidua.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.cluster.ScheduledRuns;
import vn.thidua.identity.AccountDirectory;
import vn.thidua.notification.Notifications;

/**
 * Reminders to units that have not registered: on the Ban TĐKT's request, and every morning during
 * the last {@code DAYS_BEFORE} days before a registration deadline — at most once a day per unit,
 * whichever instance runs first.
 */
@Service
public class Reminding {

    static final int DAYS_BEFORE = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Movements movements;
    private final LaunchingMovements launching;
    private final Registrations registrations;
    private final AccountDirectory accounts;
    private final Notifications notifications;
    private final ScheduledRuns runs;
    private final Clock clock;

    Reminding(
            Movements movements,
            LaunchingMovements launching,
            Registrations registrations,
            AccountDirectory accounts,
            Notifications notifications,
            ScheduledRuns runs,
            Clock clock) {
        this.movements = movements;
        this.launching = launching;
        this.registrations = registrations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.runs = runs;
        this.clock = clock;
    }

    /** Reminds every participating unit that has not submitted; returns how many units were reminded. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @Transactional
    public int remindUnregistered(Long movementId) {
        launching.visible(movementId);
        return remind(movements.findById(movementId).orElseThrow());
    }

    /**
     * Every morning at 7, on one instance only: the first to claim the day runs it, the others skip
     * (ADR 0027); each unit's reminder is claimed once a day as well.
     */
    @Scheduled(cron = "${thidua.reminders.cron:0 0 7 * * *}", zone = "${thidua.zone:Asia/Ho_Chi_Minh}")
    void scheduledReminders() {
        runs.runOnce("registration-reminders", LocalDate.now(clock).toString(), this::remindBeforeDeadlines);
    }

    /** Movements whose registration deadline is near: their participants that have not registered. */
    @Transactional
    public void remindBeforeDeadlines() {
        LocalDate today = LocalDate.now(clock);
        for (Movement m : movements.findAll()) {
            LocalDate deadline = m.getRegistrationDeadline();
            if (m.getStatus() == MovementStatus.REGISTRATION_OPEN
                    && deadline != null
                    && !today.isAfter(deadline)
                    && !today.isBefore(deadline.minusDays(DAYS_BEFORE))) {
                remind(m);
            }
        }
    }

    private int remind(Movement m) {
        int reminded = 0;
        java.util.Set<Long> registered = new java.util.HashSet<>();
        registrations.findByMovementId(m.getId()).stream()
                .filter(Registration::sent)
                .forEach(r -> registered.add(r.getUnitId()));
        String deadline = m.getRegistrationDeadline() == null
                ? ""
                : " trước ngày " + m.getRegistrationDeadline().format(DAY);
        for (Long unit : launching.participants(m)) {
            if (registered.contains(unit) || !notifications.claimReminder("REGISTRATION", m.getId(), unit)) {
                continue;
            }
            List<AccountDirectory.Recipient> to = accounts.unitContacts(unit);
            notifications.notify(
                    to,
                    "Nhắc đăng ký thi đua: " + m.getName(),
                    "Đơn vị chưa gửi đăng ký thi đua cho " + m.getName() + deadline + ".",
                    "/movements/" + m.getId());
            reminded++;
        }
        return reminded;
    }
}
