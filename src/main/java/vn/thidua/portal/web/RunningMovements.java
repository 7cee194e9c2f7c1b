package vn.thidua.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementLaunched;
import vn.thidua.movement.Registering;

/**
 * The movements under way as the portal shows them, with how far each has come: the units that
 * registered of those taking part, and the time gone of its period. Read at most every 30 seconds:
 * movements change a few times a year, registrations a few times a day.
 */
@Component
class RunningMovements {

    private static final long FRESH_NANOS = 30_000_000_000L;

    private final LaunchingMovements movements;
    private final Registering registering;
    private final Clock clock;
    private volatile List<Line> lines = List.of();
    private volatile long readAt;

    RunningMovements(LaunchingMovements movements, Registering registering, Clock clock) {
        this.movements = movements;
        this.registering = registering;
        this.clock = clock;
    }

    /** A running movement, its registration progress and the share of its period gone (0–100). */
    record Line(Movement movement, Registering.Progress progress, int periodGonePercent) {}

    List<Line> lines() {
        long now = System.nanoTime();
        if (readAt == 0 || now - readAt > FRESH_NANOS) {
            LocalDate today = LocalDate.now(clock);
            lines = movements.running().stream()
                    .map(m -> new Line(m, registering.progress(m), gone(m, today)))
                    .toList();
            readAt = now;
        }
        return lines;
    }

    /** A movement just launched shows at once. */
    @TransactionalEventListener(fallbackExecution = true)
    void launched(MovementLaunched launched) {
        readAt = 0;
    }

    Optional<Line> byId(Long id) {
        return lines().stream().filter(l -> l.movement().getId().equals(id)).findFirst();
    }

    static int gone(Movement m, LocalDate today) {
        if (m.getPeriodFrom() == null || m.getPeriodTo() == null || !today.isAfter(m.getPeriodFrom())) {
            return 0;
        }
        long all = ChronoUnit.DAYS.between(m.getPeriodFrom(), m.getPeriodTo()) + 1;
        long gone = ChronoUnit.DAYS.between(m.getPeriodFrom(), today);
        return (int) Math.min(100, Math.round(100.0 * gone / all));
    }
}
