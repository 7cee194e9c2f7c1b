package vn.thidua.movement;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.RecipientKind;
import vn.thidua.shared.InvalidInput;

/**
 * A unit's registration for a movement (đăng ký thi đua): the title it aims for as a collective, its
 * individuals and their target titles, its commitments. The unit drafts and submits; the Ban TĐKT
 * accepts it or returns it with a reason, after which the unit may change it and submit again.
 */
public class Registration {

    @Id
    private Long id;

    private Long movementId;
    private Long unitId;
    private Award collectiveTarget;
    private String commitments;
    private RegistrationStatus status;
    private String returnReason;
    private Instant submittedAt;
    private String submittedBy;
    private Instant decidedAt;
    private String decidedBy;

    @Version
    private Integer version;

    @MappedCollection
    private Set<RegisteredPerson> people = new LinkedHashSet<>();

    @PersistenceCreator
    Registration() {}

    Registration(Long movementId, Long unitId) {
        this.movementId = movementId;
        this.unitId = unitId;
        this.status = RegistrationStatus.DRAFT;
    }

    /** The collective's target and the commitments, while the unit may still change them. */
    public void describe(Award collectiveTarget, String commitments) {
        requireEditable();
        if (collectiveTarget != null) {
            collectiveTarget.requireAdmits(RecipientKind.COLLECTIVE, "collectiveTarget");
        }
        this.collectiveTarget = collectiveTarget;
        this.commitments = MovementDetails.text(commitments);
    }

    public void register(Long personId, Award target) {
        requireEditable();
        if (target == null) {
            throw InvalidInput.of("target", "validation.required");
        }
        target.requireAdmits(RecipientKind.INDIVIDUAL, "target");
        people.removeIf(p -> p.personId().equals(personId));
        people.add(new RegisteredPerson(personId, target));
    }

    public void unregister(Long personId) {
        requireEditable();
        people.removeIf(p -> p.personId().equals(personId));
    }

    /** Trình lãnh đạo: the officer hands the prepared registration to the unit's leader. */
    public void sendToLeader() {
        requireStatus(RegistrationStatus.DRAFT, RegistrationStatus.RETURNED);
        requireSomething();
        status = RegistrationStatus.AWAITING_APPROVAL;
    }

    /** Gửi đăng ký: something must be registered — a collective target or at least one person. */
    public void submit(String by, Instant at) {
        requireEditable();
        requireSomething();
        status = RegistrationStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        returnReason = null;
    }

    /** Trả lại, with the reason the unit reads. */
    public void returnWithReason(String reason, String by, Instant at) {
        requireStatus(RegistrationStatus.SUBMITTED);
        String text = MovementDetails.text(reason);
        if (text == null) {
            throw InvalidInput.of("returnReason", "validation.registration.reason");
        }
        status = RegistrationStatus.RETURNED;
        returnReason = text;
        decidedAt = at;
        decidedBy = by;
    }

    /** Chấp nhận. */
    public void accept(String by, Instant at) {
        requireStatus(RegistrationStatus.SUBMITTED);
        status = RegistrationStatus.ACCEPTED;
        decidedAt = at;
        decidedBy = by;
    }

    public boolean editable() {
        return status == RegistrationStatus.DRAFT
                || status == RegistrationStatus.AWAITING_APPROVAL
                || status == RegistrationStatus.RETURNED;
    }

    /** Sent to the Ban TĐKT (waiting, accepted or returned): no longer only the unit's draft. */
    public boolean sent() {
        return status == RegistrationStatus.SUBMITTED
                || status == RegistrationStatus.ACCEPTED
                || status == RegistrationStatus.RETURNED;
    }

    private void requireEditable() {
        if (!editable()) {
            throw new IllegalRegistrationStep(status);
        }
    }

    private void requireSomething() {
        if (collectiveTarget == null && people.isEmpty()) {
            throw InvalidInput.of("collectiveTarget", "validation.registration.empty");
        }
    }

    private void requireStatus(RegistrationStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalRegistrationStep(status);
        }
    }

    /** A step asked of a registration in a status that does not allow it. */
    public static final class IllegalRegistrationStep extends RuntimeException {
        private final RegistrationStatus from;

        IllegalRegistrationStep(RegistrationStatus from) {
            super("not allowed from " + from);
            this.from = from;
        }

        public RegistrationStatus from() {
            return from;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getMovementId() {
        return movementId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Award getCollectiveTarget() {
        return collectiveTarget;
    }

    public String getCommitments() {
        return commitments;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Integer getVersion() {
        return version;
    }

    public List<RegisteredPerson> people() {
        return people.stream()
                .sorted(Comparator.comparing(RegisteredPerson::personId))
                .toList();
    }
}
