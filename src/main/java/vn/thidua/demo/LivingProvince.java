package vn.thidua.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.decision.Decision;
import vn.thidua.movement.Movements;

/**
 * A province that has lived a year (issue 19): the 2025 movement run to its end with the units'
 * registrations, the demo unit's block scored and voted, dossiers appraised, a council session with
 * secret ballots, signed decisions with certificates, the honour roll and a few exemplary people's
 * stories on the portal; then the 2026 movement open for registration and the 2026 block ready to
 * score. Everything goes through the application's services as the demo accounts, in one
 * transaction (all of it or none, so a restart after a failure tries again), once per database.
 */
@Component
class LivingProvince {

    private static final Logger log = LoggerFactory.getLogger(LivingProvince.class);

    private final DemoMovementYears movementYears;
    private final DemoBlockYear blockYear;
    private final DemoCommendations commendations;
    private final DemoStories stories;
    private final Movements movements;
    private final TransactionTemplate tx;

    LivingProvince(
            DemoMovementYears movementYears,
            DemoBlockYear blockYear,
            DemoCommendations commendations,
            DemoStories stories,
            Movements movements,
            TransactionTemplate tx) {
        this.movementYears = movementYears;
        this.blockYear = blockYear;
        this.commendations = commendations;
        this.stories = stories;
        this.movements = movements;
        this.tx = tx;
    }

    boolean lived() {
        return movements.findAll().stream().anyMatch(m -> m.getName().equals(DemoMovementYears.NAME_2025));
    }

    void load() {
        if (lived()) {
            return;
        }
        long started = System.nanoTime();
        tx.executeWithoutResult(status -> {
            long movement2025 = movementYears.year2025();
            blockYear.load();
            List<Decision> signed = commendations.load(movement2025);
            stories.load(signed);
            movementYears.year2026();
        });
        log.info(
                "Đã nạp năm 2025 của tỉnh qua các chức năng của hệ thống trong {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }
}
