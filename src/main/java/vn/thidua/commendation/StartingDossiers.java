package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementNotFound;
import vn.thidua.movement.MovementStatus;
import vn.thidua.shared.InvalidInput;

/**
 * How a dossier starts (issue 19, scenario step 3): from a movement the account can see (thematic,
 * "theo chuyên đề"), or from an extraordinary deed — a rescue, a prize — in one step: the
 * extraordinary dossier and its one nominee together, on the simplified path (a tờ trình and the
 * short account of the deed suffice, docs/legal-reference.md R23).
 */
@Service
public class StartingDossiers {

    /** An extraordinary deed as a unit reports it, with whom it proposes to reward for it. */
    public record Deed(
            Long unitId,
            LocalDate happenedOn,
            String what,
            NomineeSubject subject,
            String fullName,
            String nationalId,
            String position,
            Award award) {}

    private final Dossiers dossiers;
    private final LaunchingMovements movements;

    StartingDossiers(Dossiers dossiers, LaunchingMovements movements) {
        this.dossiers = dossiers;
        this.movements = movements;
    }

    /** The movements a dossier may name: launched (not drafts), visible to the account, newest first. */
    public List<Movement> movementsToName() {
        return movements.visible().stream()
                .filter(m -> m.getStatus() != MovementStatus.DRAFT)
                .toList();
    }

    /** A new dossier; a movement, when named, must be one the account can see and not a draft. */
    @Transactional
    public Dossier create(Long unitId, DossierKind kind, Long movementId, Integer year, String title) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (movementId != null) {
            try {
                Movement m = movements.visible(movementId);
                if (m.getStatus() == MovementStatus.DRAFT) {
                    problems.add(
                            InvalidInput.Problem.of("movementId", "validation.dossier.movementDraft", m.getName()));
                }
            } catch (MovementNotFound e) {
                problems.add(InvalidInput.Problem.of("movementId", "validation.dossier.movementUnknown"));
            }
        }
        if (year == null) {
            problems.add(InvalidInput.Problem.of("year", "validation.required"));
        }
        if (unitId == null) {
            problems.add(InvalidInput.Problem.of("unitId", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return dossiers.create(unitId, kind, movementId, year, title);
    }

    /**
     * An extraordinary deed straight to its dossier: the dossier (kind "Đột xuất", the year the deed
     * happened) and the nominee, with the deed as the summary of achievements, all or nothing.
     */
    @Transactional
    public Dossier fromDeed(Deed deed) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        String what = Dossiers.text(deed.what());
        if (what == null) {
            problems.add(InvalidInput.Problem.of("deed", "validation.required"));
        }
        InvalidInput.fits(problems, "deed", deed.what(), 4000);
        if (deed.happenedOn() == null) {
            problems.add(InvalidInput.Problem.of("happenedOn", "validation.required"));
        } else if (deed.happenedOn().isAfter(dossiers.today())) {
            problems.add(InvalidInput.Problem.of("happenedOn", "validation.dossier.deedInFuture"));
        }
        if (deed.award() == null) {
            problems.add(InvalidInput.Problem.of("award", "validation.required"));
        }
        if (deed.unitId() == null) {
            problems.add(InvalidInput.Problem.of("unitId", "validation.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String title = "Khen thưởng đột xuất: " + (what.length() > 200 ? what.substring(0, 199) + "…" : what);
        Dossier d = dossiers.create(
                deed.unitId(),
                DossierKind.EXTRAORDINARY,
                null,
                deed.happenedOn().getYear(),
                title);
        NomineeSubject subject = deed.subject() == null ? NomineeSubject.INDIVIDUAL : deed.subject();
        dossiers.addNominee(
                d.id(),
                d.version(),
                new NomineeInput(
                        subject,
                        null,
                        deed.unitId(), // an individual's unit, or the collective itself
                        deed.fullName(),
                        null,
                        deed.nationalId(),
                        deed.position(),
                        deed.award(),
                        what,
                        false,
                        null));
        return dossiers.find(d.id());
    }
}
