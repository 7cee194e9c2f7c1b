package vn.thidua.movement;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.test.context.TestComponent;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;

/** Movements as the Ban TĐKT launches them for a test, whoever the test itself is signed in as. */
@TestComponent
public class MovementFixtures {

    private final LaunchingMovements launching;
    private final TayNinhFixtures tayNinh;

    MovementFixtures(LaunchingMovements launching, TayNinhFixtures tayNinh) {
        this.launching = launching;
        this.tayNinh = tayNinh;
    }

    /** Launched by the province for its departments, with one checkable criterion. */
    public Movement launchedForDepartments(String name, LocalDate registrationDeadline) {
        return tayNinh.as("bantdkt", () -> {
            Movement draft = launching.draft(
                    new MovementDetails(
                            name,
                            MovementKind.YEARLY,
                            null,
                            null,
                            LocalDate.of(2026, 1, 5),
                            LocalDate.of(2026, 12, 31),
                            registrationDeadline,
                            null),
                    tayNinh.currentUnit("Tỉnh Tây Ninh"),
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
                m.addCriterion("Hoàn thành kế hoạch năm", "100%", "Báo cáo tổng kết năm", null);
            });
            Movement proposed = launching.propose(ready.getId(), ready.getVersion());
            // the Chairman approves the launch the Ban TĐKT proposed
            return tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));
        });
    }

    /** The same, with registration open until the deadline. */
    public Movement openForDepartments(String name, LocalDate registrationDeadline) {
        Movement launched = launchedForDepartments(name, registrationDeadline);
        return tayNinh.as(
                "bantdkt",
                () -> launching.advance(launched.getId(), launched.getVersion(), MovementAction.OPEN_REGISTRATION));
    }
}
