package vn.thidua.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * Registration for a movement: a participating unit's officer drafts and submits before the
 * deadline; the Ban TĐKT sees who has and has not registered, accepts or returns with a reason.
 * Every change is audited; a stale edit fails.
 */
@Service
public class Registering {

    private static final String REVIEWERS = "hasAnyRole('ADMIN', 'SPECIALIST')";

    private final Registrations registrations;
    private final LaunchingMovements movements;
    private final UnitDirectory units;
    private final EditingPeople people;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registering(
            Registrations registrations,
            LaunchingMovements movements,
            UnitDirectory units,
            EditingPeople people,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock) {
        this.registrations = registrations;
        this.movements = movements;
        this.units = units;
        this.people = people;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** A participating unit's registration, opened as a draft the first time it is asked for. */
    @PreAuthorize(LaunchingMovements.WRITERS)
    @Transactional
    public Registration open(Long movementId, Long unitId) {
        scope.requireUnit(unitId);
        Movement movement = movements.visible(movementId);
        if (!movements.participants(movement).contains(unitId)) {
            throw InvalidInput.of("unitId", "validation.registration.notParticipant");
        }
        return registrations.findByMovementIdAndUnitId(movementId, unitId).orElseGet(() -> {
            requireOpen(movement);
            Registration draft = registrations.save(new Registration(movementId, unitId));
            audit(draft, null);
            return draft;
        });
    }

    @Transactional(readOnly = true)
    public Registration visible(Long id) {
        Registration r = registrations.findById(id).orElseThrow(() -> new MovementNotFound(id));
        if (!scope.covers(r.getUnitId())) {
            throw new MovementNotFound(id);
        }
        movements.visible(r.getMovementId());
        return r;
    }

    /** The registration of the signed-in account's own unit for a movement, when there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Registration> ofMyUnit(Long movementId) {
        Long unit = scope.actor().scopeUnitId();
        return unit == null ? java.util.Optional.empty() : registrations.findByMovementIdAndUnitId(movementId, unit);
    }

    /** The collective's target and commitments. */
    @PreAuthorize(LaunchingMovements.WRITERS)
    @Transactional
    public Registration describe(Long id, int version, Award collectiveTarget, String commitments) {
        return change(id, version, r -> r.describe(collectiveTarget, commitments));
    }

    /** Registers a person now working in the unit (or below it) for a target title. */
    @PreAuthorize(LaunchingMovements.WRITERS)
    @Transactional
    public Registration register(Long id, int version, Long personId, Award target) {
        Registration r = visible(id);
        Long unitOfPerson = people.visible(personId)
                .currentAssignment()
                .map(vn.thidua.organization.Assignment::getUnitId)
                .orElse(null);
        if (unitOfPerson == null || !scope.isWithin(unitOfPerson, r.getUnitId())) {
            throw InvalidInput.of("personId", "validation.registration.notInUnit");
        }
        return change(id, version, x -> x.register(personId, target));
    }

    @PreAuthorize(LaunchingMovements.WRITERS)
    @Transactional
    public Registration unregister(Long id, int version, Long personId) {
        return change(id, version, r -> r.unregister(personId));
    }

    /** Trình lãnh đạo: the officer hands the prepared registration to the unit's leader, who is told. */
    @PreAuthorize(LaunchingMovements.WRITERS)
    @Transactional
    public Registration sendToLeader(Long id, int version) {
        return told(change(id, version, Registration::sendToLeader), null);
    }

    /**
     * Gửi đăng ký, while registration is open and before the deadline: the unit's leader submits
     * (scenario step 2); the officer may only send again a registration the Ban TĐKT returned, once
     * corrected. The Ban TĐKT is told.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_OFFICER', 'UNIT_LEADER')")
    @Transactional
    public Registration submit(Long id, int version) {
        Registration r = visible(id);
        if (!maySubmit(r)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "the unit's leader submits; the officer only resubmits a returned registration");
        }
        requireOpen(movements.visible(r.getMovementId()));
        return told(change(id, version, x -> x.submit(scope.actor().username(), clock.instant())), null);
    }

    /** Whether the signed-in account may submit this registration now (see {@link #submit}). */
    public boolean maySubmit(Registration r) {
        return r.editable()
                && switch (scope.actor().role()) {
                    case ADMIN, UNIT_LEADER -> true;
                    case UNIT_OFFICER -> r.getStatus() == RegistrationStatus.RETURNED;
                    default -> false;
                };
    }

    @PreAuthorize(REVIEWERS)
    @Transactional
    public Registration returnWithReason(Long id, int version, String reason) {
        Registration r = change(
                id, version, x -> x.returnWithReason(reason, scope.actor().username(), clock.instant()));
        return told(r, r.getReturnReason());
    }

    @PreAuthorize(REVIEWERS)
    @Transactional
    public Registration accept(Long id, int version) {
        return told(change(id, version, r -> r.accept(scope.actor().username(), clock.instant())), null);
    }

    private Registration told(Registration r, String reason) {
        Movement m = movements.visible(r.getMovementId());
        events.publishEvent(
                new RegistrationStep(r.getId(), m.getId(), m.getName(), r.getUnitId(), r.getStatus(), reason));
        return r;
    }

    /** One participating unit and where its registration stands (null: not registered). */
    public record UnitLine(Unit unit, Registration registration) {

        public boolean registered() {
            return registration != null && registration.sent();
        }
    }

    /** How far a movement has come, for anyone to see: participating units, and how many registered. */
    public record Progress(int participants, int registered, int accepted) {

        public int percentRegistered() {
            return participants == 0 ? 0 : (int) Math.round(100.0 * registered / participants);
        }
    }

    /** What the portal shows of a running movement's registration (counts only, no unit named). */
    @Transactional(readOnly = true)
    public Progress progress(Movement movement) {
        Set<Long> participants = movements.participants(movement);
        int registered = 0;
        int accepted = 0;
        for (Registration r : registrations.findByMovementId(movement.getId())) {
            if (participants.contains(r.getUnitId()) && r.sent()) {
                registered++;
                if (r.getStatus() == RegistrationStatus.ACCEPTED) {
                    accepted++;
                }
            }
        }
        return new Progress(participants.size(), registered, accepted);
    }

    /** Who has and has not registered, the ones who have not first. */
    @PreAuthorize(REVIEWERS)
    @Transactional(readOnly = true)
    public List<UnitLine> overview(Long movementId) {
        Movement movement = movements.visible(movementId);
        Map<Long, Registration> byUnit = registrations.findByMovementId(movementId).stream()
                .collect(Collectors.toMap(Registration::getUnitId, Function.identity()));
        Set<Long> participants = movements.participants(movement);
        List<UnitLine> lines = new ArrayList<>();
        units.byId(List.copyOf(participants)).values().forEach(u -> lines.add(new UnitLine(u, byUnit.get(u.getId()))));
        lines.sort(Comparator.comparing(UnitLine::registered)
                .thenComparing(l -> l.unit().getName()));
        return lines;
    }

    private void requireOpen(Movement movement) {
        if (movement.getStatus() != MovementStatus.REGISTRATION_OPEN) {
            throw InvalidInput.of("movement", "validation.registration.closed");
        }
        LocalDate deadline = movement.getRegistrationDeadline();
        if (deadline != null && LocalDate.now(clock).isAfter(deadline)) {
            throw InvalidInput.of("registrationDeadline", "validation.registration.late", deadline.toString());
        }
    }

    private Registration change(Long id, int version, Consumer<Registration> change) {
        Registration r = visible(id);
        if (r.getVersion() != version) {
            throw new OptimisticLockingFailureException("registration " + id + " changed since it was read");
        }
        String before = summary(r);
        change.accept(r);
        Registration saved = registrations.save(r);
        audit(saved, before);
        return saved;
    }

    private void audit(Registration r, String before) {
        events.publishEvent(
                before == null
                        ? AuditableChange.created("registration", r.getId(), summary(r))
                        : AuditableChange.updated("registration", r.getId(), before, summary(r)));
    }

    private static String summary(Registration r) {
        return "movement=" + r.getMovementId() + "\nunit=" + r.getUnitId() + "\nstatus=" + r.getStatus()
                + "\ncollective=" + r.getCollectiveTarget() + "\npeople=" + r.people() + "\nreturn="
                + r.getReturnReason();
    }
}
