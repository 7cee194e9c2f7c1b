package vn.thidua.movement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * Creating, describing and launching movements, and moving them through their life. A unit launches
 * for itself (its officer) or the province does (the Ban TĐKT); a lower level may launch under a
 * higher movement that is running and that it takes part in. Every change is audited; a stale edit
 * fails instead of overwriting.
 */
@Service
public class LaunchingMovements {

    static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final Movements movements;
    private final UnitDirectory units;
    private final EmulationBlocks blocks;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    private final vn.thidua.attachment.Attachments attachments;

    LaunchingMovements(
            Movements movements,
            UnitDirectory units,
            EmulationBlocks blocks,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            vn.thidua.attachment.Attachments attachments) {
        this.attachments = attachments;
        this.movements = movements;
        this.units = units;
        this.blocks = blocks;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** The movements the account may see: those launched in its subtree, and those it takes part in. */
    @Transactional(readOnly = true)
    public List<Movement> visible() {
        return movements.findAll().stream()
                .filter(this::canSee)
                .sorted(Comparator.comparing(Movement::getPeriodFrom).reversed().thenComparing(Movement::getName))
                .toList();
    }

    /**
     * What the public portal shows: movements launched and not yet closed, as launched (the public
     * sees what was announced), newest first. No account needed.
     */
    @Transactional(readOnly = true)
    public List<Movement> running() {
        return movements.findAll().stream()
                .filter(m -> m.getStatus() != MovementStatus.DRAFT
                        && m.getStatus() != MovementStatus.AWAITING_APPROVAL
                        && m.getStatus() != MovementStatus.CLOSED)
                .sorted(Comparator.comparing(Movement::getPeriodFrom).reversed().thenComparing(Movement::getName))
                .toList();
    }

    @Transactional(readOnly = true)
    public Movement visible(Long id) {
        return movements.findById(id).filter(this::canSee).orElseThrow(() -> new MovementNotFound(id));
    }

    /** A new draft, launched by a unit in the account's scope, optionally under a running movement. */
    @PreAuthorize(WRITERS)
    @Transactional
    public Movement draft(MovementDetails details, Long launchingUnitId, Long parentId) {
        scope.requireUnit(launchingUnitId); // a unit id from outside the account's scope is forged: 403
        units.require(launchingUnitId);
        if (parentId != null) {
            Movement parent = visible(parentId);
            if (!parent.acceptsCascade()) {
                throw InvalidInput.of("parentMovement", "validation.movement.parentNotRunning");
            }
            if (!participants(parent).contains(launchingUnitId)
                    && !parent.getLaunchingUnitId().equals(launchingUnitId)) {
                throw InvalidInput.of("parentMovement", "validation.movement.notParticipant");
            }
        }
        Movement movement = movements.save(new Movement(details, launchingUnitId, parentId));
        events.publishEvent(AuditableChange.created("movement", movement.getId(), summary(movement)));
        return movement;
    }

    /** Changes a movement, checking the version the user saw. */
    @PreAuthorize(WRITERS)
    @Transactional
    public Movement change(Long id, int expectedVersion, Consumer<Movement> change) {
        Movement movement = writable(id);
        if (movement.getVersion() != expectedVersion) {
            throw new OptimisticLockingFailureException("movement " + id + " changed since it was read");
        }
        String before = summary(movement);
        change.accept(movement);
        Movement saved = movements.save(movement);
        events.publishEvent(AuditableChange.updated("movement", id, before, summary(saved)));
        return saved;
    }

    /**
     * Adds a legal basis document with, optionally, its file (the scanned or signed text); a file
     * refused leaves the document unadded too.
     */
    @PreAuthorize(WRITERS)
    @Transactional
    public Movement addDocument(
            Long id,
            int expectedVersion,
            String docType,
            String number,
            java.time.LocalDate issuedOn,
            String issuer,
            String title,
            String fileName,
            byte[] content) {
        List<InvalidInput.Problem> tooLong = new java.util.ArrayList<>();
        InvalidInput.fits(tooLong, "docType", docType, 60);
        InvalidInput.fits(tooLong, "docNumber", number, 100);
        InvalidInput.fits(tooLong, "issuer", issuer, 300);
        InvalidInput.fits(tooLong, "documentTitle", title, 2000);
        if (!tooLong.isEmpty()) {
            throw new InvalidInput(tooLong);
        }
        Movement saved = change(id, expectedVersion, m -> m.addDocument(docType, number, issuedOn, issuer, title));
        if (content != null && content.length > 0) {
            int seq = saved.documents().size();
            attachments.attach(
                    new vn.thidua.attachment.Owner(MovementFiles.KIND, id, String.valueOf(seq)),
                    "can-cu",
                    fileName,
                    content);
        }
        return saved;
    }

    /** The files of the movement's legal basis documents, by document number in the list. */
    @Transactional(readOnly = true)
    public java.util.Map<Integer, List<vn.thidua.attachment.Attached>> documentFiles(Long id) {
        return attachments.of(vn.thidua.attachment.Owner.of(MovementFiles.KIND, id)).stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        a -> Integer.valueOf(a.owner().slot())));
    }

    /** Who may read and add the files of a movement's documents: those who see it, and its launchers. */
    @org.springframework.stereotype.Component
    static class MovementFiles implements vn.thidua.attachment.AttachmentOwner {

        static final String KIND = "movement-document";

        private final Movements movements;
        private final org.springframework.beans.factory.ObjectProvider<LaunchingMovements> launching;
        private final AccessScope scope;

        MovementFiles(
                Movements movements,
                org.springframework.beans.factory.ObjectProvider<LaunchingMovements> launching,
                AccessScope scope) {
            this.movements = movements;
            this.launching = launching;
            this.scope = scope;
        }

        @Override
        public String kind() {
            return KIND;
        }

        @Override
        public boolean mayRead(vn.thidua.attachment.Owner owner) {
            return movements
                    .findById(owner.id())
                    .filter(launching.getObject()::canSee)
                    .isPresent();
        }

        @Override
        public boolean mayWrite(vn.thidua.attachment.Owner owner) {
            vn.thidua.shared.Role role = scope.actor().role();
            boolean writer = role == vn.thidua.shared.Role.ADMIN
                    || role == vn.thidua.shared.Role.SPECIALIST
                    || role == vn.thidua.shared.Role.UNIT_OFFICER;
            return writer
                    && movements
                            .findById(owner.id())
                            .filter(m -> scope.covers(m.getLaunchingUnitId()))
                            .isPresent();
        }
    }

    /** Trình phê duyệt: the prepared draft goes to the head of the launching unit, who is told. */
    @PreAuthorize(WRITERS)
    @Transactional
    public Movement propose(Long id, int expectedVersion) {
        Movement proposed = change(id, expectedVersion, m -> m.propose(actor(), clock.instant()));
        events.publishEvent(new MovementStep(
                proposed.getId(),
                proposed.getName(),
                proposed.getLaunchingUnitId(),
                MovementStep.Kind.PROPOSED,
                provinceLevel(proposed),
                actor(),
                null));
        return proposed;
    }

    /**
     * Phê duyệt và phát động, by the head of the launching unit: the Chairman (an account of the
     * signer role) for a movement the province launches, the unit's leader for a unit's own. The
     * movement goes public and participants are told (the portal shows launched movements).
     */
    @Transactional
    public Movement launch(Long id, int expectedVersion) {
        requireApprover(visible(id));
        Movement launched = change(id, expectedVersion, m -> m.launch(actor(), clock.instant()));
        events.publishEvent(new MovementLaunched(
                launched.getId(), launched.getName(), launched.getLaunchingUnitId(), launched.getPeriodFrom()));
        return launched;
    }

    /** Trả lại dự thảo: the approver sends the movement back to whoever prepared it, with a reason. */
    @Transactional
    public Movement sendBack(Long id, int expectedVersion, String reason) {
        Movement movement = visible(id);
        requireApprover(movement);
        String preparedBy = movement.transitions().isEmpty()
                ? null
                : movement.transitions().get(movement.transitions().size() - 1).byUser();
        Movement back = change(id, expectedVersion, m -> m.sendBack(actor(), clock.instant()));
        events.publishEvent(new MovementStep(
                back.getId(),
                back.getName(),
                back.getLaunchingUnitId(),
                MovementStep.Kind.SENT_BACK,
                provinceLevel(back),
                preparedBy,
                MovementDetails.text(reason)));
        return back;
    }

    /**
     * Whether the signed-in account approves this movement's launch: the administrator; a signer
     * (Chairman, deputy) for the province's own movements; a unit leader for its unit's.
     */
    @Transactional(readOnly = true)
    public boolean mayApprove(Movement movement) {
        vn.thidua.shared.Role role = scope.actor().role();
        return switch (role) {
            case ADMIN -> true;
            case SIGNER -> provinceLevel(movement);
            case UNIT_LEADER -> !provinceLevel(movement) && scope.covers(movement.getLaunchingUnitId());
            default -> false;
        };
    }

    /** Whether the signed-in account may change the movement: a writer role whose scope covers its launcher. */
    @Transactional(readOnly = true)
    public boolean mayEdit(Movement movement) {
        vn.thidua.shared.Role role = scope.actor().role();
        boolean writer = role == vn.thidua.shared.Role.ADMIN
                || role == vn.thidua.shared.Role.SPECIALIST
                || role == vn.thidua.shared.Role.UNIT_OFFICER;
        return writer && scope.covers(movement.getLaunchingUnitId());
    }

    private void requireApprover(Movement movement) {
        if (!mayApprove(movement)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "only the head of the launching unit approves a launch");
        }
    }

    /** A movement the province itself launches (its launching unit is the province). */
    boolean provinceLevel(Movement movement) {
        return units.require(movement.getLaunchingUnitId()).getKind() == vn.thidua.organization.UnitKind.PROVINCE;
    }

    /** The next step of a running movement: open registration, start, review, close. */
    @PreAuthorize(WRITERS)
    @Transactional
    public Movement advance(Long id, int expectedVersion, MovementAction action) {
        return change(id, expectedVersion, m -> action.apply(m, actor(), clock.instant()));
    }

    /** The units taking part: of the listed kinds (under the launcher), block members, or a subtree. */
    @Transactional(readOnly = true)
    public Set<Long> participants(Movement movement) {
        Set<Long> ids = new LinkedHashSet<>();
        LocalDate today = LocalDate.now(clock);
        if (!movement.participantUnitKinds().isEmpty()) {
            units.byId(scope.subtree(movement.getLaunchingUnitId())).values().stream()
                    .filter(u ->
                            u.activeOn(today) && movement.participantUnitKinds().contains(u.getKind()))
                    .map(Unit::getId)
                    .sorted()
                    .forEach(ids::add);
        }
        for (Long blockId : movement.participantBlockIds()) {
            blocks.findById(blockId)
                    .map(EmulationBlock::members)
                    .orElse(List.of())
                    .forEach(m -> ids.add(m.unitId()));
        }
        if (movement.getParticipantRootUnitId() != null) {
            ids.addAll(scope.subtree(movement.getParticipantRootUnitId()));
        }
        return ids;
    }

    /** The units taking part in a movement, read without the signed-in account (listeners, jobs). */
    @Transactional(readOnly = true)
    public Set<Long> participantsOf(Long movementId) {
        return movements.findById(movementId).map(this::participants).orElse(Set.of());
    }

    /** The movements launched under this one (cascade), for the tree. */
    @Transactional(readOnly = true)
    public List<Movement> children(Long id) {
        return movements.findByParentId(id).stream().filter(this::canSee).toList();
    }

    public Optional<Movement> parentOf(Movement movement) {
        return movement.getParentId() == null ? Optional.empty() : movements.findById(movement.getParentId());
    }

    private Movement writable(Long id) {
        Movement movement = visible(id);
        scope.requireUnit(movement.getLaunchingUnitId());
        return movement;
    }

    boolean canSee(Movement m) {
        if (scope.provinceWide() || scope.covers(m.getLaunchingUnitId())) {
            return true;
        }
        if (m.getStatus() == MovementStatus.DRAFT || m.getStatus() == MovementStatus.AWAITING_APPROVAL) {
            return false;
        }
        Long root = scope.scopeRoot();
        return participantsQuick(m).stream().anyMatch(u -> scope.isWithin(u, root) || scope.isWithin(root, u));
    }

    /** Participants without reading every unit: used to decide visibility. */
    private List<Long> participantsQuick(Movement m) {
        List<Long> ids = new ArrayList<>();
        if (m.getParticipantRootUnitId() != null) {
            ids.add(m.getParticipantRootUnitId());
        }
        if (!m.participantUnitKinds().isEmpty()) {
            ids.add(m.getLaunchingUnitId());
        }
        for (Long blockId : m.participantBlockIds()) {
            blocks.findById(blockId)
                    .map(EmulationBlock::members)
                    .orElse(List.of())
                    .forEach(b -> ids.add(b.unitId()));
        }
        return ids;
    }

    private String actor() {
        return scope.actor().username();
    }

    private static String summary(Movement m) {
        return "name=" + m.getName() + "\nkind=" + m.getKind() + "\nstatus=" + m.getStatus() + "\nperiod="
                + m.getPeriodFrom() + ".." + m.getPeriodTo() + "\nunit=" + m.getLaunchingUnitId() + "\nparent="
                + m.getParentId() + "\ncriteria=" + m.criteria().size() + "\nawards=" + m.awards();
    }
}
