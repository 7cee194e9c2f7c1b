package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.InvalidInput;

/**
 * Phong trào thi đua: what it is, who launched it and under which higher movement, when it runs,
 * who takes part, its concrete criteria and the awards it offers. Its status moves by verbs, each
 * checking where it stands and recording who moved it and when.
 */
public class Movement {

    @Id
    private Long id;

    private String name;
    private MovementKind kind;
    private String theme;
    private String anniversary;
    private Long launchingUnitId;
    private Long parentId;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private LocalDate registrationDeadline;
    private MovementStatus status;
    private Long participantRootUnitId;
    private String participantUnitKinds;
    private String note;

    @Version
    private Integer version;

    @MappedCollection
    private Set<LegalDocument> documents = new LinkedHashSet<>();

    @MappedCollection
    private Set<Criterion> criteria = new LinkedHashSet<>();

    @MappedCollection
    private Set<OfferedAward> awards = new LinkedHashSet<>();

    @MappedCollection
    private Set<ParticipantBlock> participantBlocks = new LinkedHashSet<>();

    @MappedCollection
    private Set<Transition> transitions = new LinkedHashSet<>();

    @PersistenceCreator
    Movement() {}

    /** A new draft launched by a unit, possibly under a higher movement. */
    public Movement(MovementDetails details, Long launchingUnitId, Long parentId) {
        this.launchingUnitId = launchingUnitId;
        this.parentId = parentId;
        this.status = MovementStatus.DRAFT;
        describe(details);
    }

    /** Sets what the movement is; while it is a draft, or its period and deadline while it runs. */
    public void describe(MovementDetails d) {
        List<InvalidInput.Problem> problems = d.problems();
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        this.name = MovementDetails.text(d.name());
        this.kind = d.kind();
        this.theme = MovementDetails.text(d.theme());
        this.anniversary = MovementDetails.text(d.anniversary());
        this.periodFrom = d.periodFrom();
        this.periodTo = d.periodTo();
        this.registrationDeadline = d.registrationDeadline();
        this.note = MovementDetails.text(d.note());
    }

    /** Who takes part: units of some kinds, the members of some blocks, or everyone under a unit. */
    public void participants(Set<UnitKind> unitKinds, Set<Long> blockIds, Long rootUnitId) {
        this.participantUnitKinds = unitKinds == null || unitKinds.isEmpty()
                ? null
                : unitKinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.participantBlocks = new LinkedHashSet<>();
        if (blockIds != null) {
            blockIds.forEach(b -> participantBlocks.add(new ParticipantBlock(b)));
        }
        this.participantRootUnitId = rootUnitId;
    }

    public void addDocument(String docType, String number, LocalDate issuedOn, String issuer, String title) {
        if (MovementDetails.text(title) == null) {
            throw InvalidInput.of("documentTitle", "validation.required");
        }
        documents.add(new LegalDocument(
                documents.size() + 1,
                MovementDetails.text(docType),
                MovementDetails.text(number),
                issuedOn,
                MovementDetails.text(issuer),
                MovementDetails.text(title)));
    }

    /** A criterion must say how it is checked: the article asks for criteria "dễ kiểm tra, giám sát". */
    public void addCriterion(String name, String target, String howChecked, String evidence) {
        if (MovementDetails.text(name) == null) {
            throw InvalidInput.of("criterionName", "validation.required");
        }
        if (MovementDetails.text(howChecked) == null) {
            throw InvalidInput.of("howChecked", "validation.movement.howChecked");
        }
        criteria.add(new Criterion(
                criteria.size() + 1,
                MovementDetails.text(name),
                MovementDetails.text(target),
                MovementDetails.text(howChecked),
                MovementDetails.text(evidence)));
    }

    public void removeCriterion(int seq) {
        List<Criterion> kept = criteria().stream().filter(c -> c.seq() != seq).toList();
        criteria = new LinkedHashSet<>();
        for (Criterion c : kept) {
            criteria.add(new Criterion(criteria.size() + 1, c.name(), c.target(), c.howChecked(), c.evidence()));
        }
    }

    public void offer(vn.thidua.achievement.Award award, Integer planned) {
        if (planned != null && planned < 0) {
            throw InvalidInput.of("planned", "validation.movement.planned");
        }
        awards.removeIf(a -> a.award() == award);
        awards.add(new OfferedAward(award, planned));
    }

    // ---- status verbs ----

    /**
     * Trình phê duyệt: a draft with a period, at least one criterion and someone taking part goes to
     * the head of the launching unit (the Chairman for the province) for approval.
     */
    public void propose(String by, Instant at) {
        requireStatus(MovementStatus.DRAFT);
        if (criteria.isEmpty()) {
            throw InvalidInput.of("criteria", "validation.movement.noCriteria");
        }
        if (participantUnitKinds == null && participantBlocks.isEmpty() && participantRootUnitId == null) {
            throw InvalidInput.of("participants", "validation.movement.noParticipants");
        }
        move(MovementStatus.AWAITING_APPROVAL, by, at);
    }

    /** Phê duyệt, phát động: the approved movement goes public. */
    public void launch(String by, Instant at) {
        requireStatus(MovementStatus.AWAITING_APPROVAL);
        move(MovementStatus.LAUNCHED, by, at);
    }

    /** Trả lại dự thảo: the approver sends it back to be changed. */
    public void sendBack(String by, Instant at) {
        requireStatus(MovementStatus.AWAITING_APPROVAL);
        move(MovementStatus.DRAFT, by, at);
    }

    /** Waiting for the head of the launching unit to approve the launch. */
    public boolean awaitingApproval() {
        return status == MovementStatus.AWAITING_APPROVAL;
    }

    /** Mở đăng ký thi đua. */
    public void openRegistration(String by, Instant at) {
        requireStatus(MovementStatus.LAUNCHED);
        move(MovementStatus.REGISTRATION_OPEN, by, at);
    }

    /** Bắt đầu thực hiện (with or without a registration round). */
    public void start(String by, Instant at) {
        requireStatus(MovementStatus.LAUNCHED, MovementStatus.REGISTRATION_OPEN);
        move(MovementStatus.IN_PROGRESS, by, at);
    }

    /** Sơ kết, tổng kết. */
    public void review(String by, Instant at) {
        requireStatus(MovementStatus.IN_PROGRESS);
        move(MovementStatus.UNDER_REVIEW, by, at);
    }

    /** Kết thúc. */
    public void close(String by, Instant at) {
        requireStatus(MovementStatus.UNDER_REVIEW);
        move(MovementStatus.CLOSED, by, at);
    }

    /** What may be edited: everything while a draft; afterwards only the period, deadline and note. */
    public boolean isDraft() {
        return status == MovementStatus.DRAFT;
    }

    /** Whether lower levels may launch their own movements under this one. */
    public boolean acceptsCascade() {
        return EnumSet.of(MovementStatus.LAUNCHED, MovementStatus.REGISTRATION_OPEN, MovementStatus.IN_PROGRESS)
                .contains(status);
    }

    private void requireStatus(MovementStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalMovementTransition(status);
        }
    }

    private void move(MovementStatus to, String by, Instant at) {
        transitions.add(new Transition(transitions.size() + 1, to, at, by));
        status = to;
    }

    /** A verb asked of a movement in a status that does not allow it. */
    public static final class IllegalMovementTransition extends RuntimeException {
        private final MovementStatus from;

        IllegalMovementTransition(MovementStatus from) {
            super("not allowed from " + from);
            this.from = from;
        }

        public MovementStatus from() {
            return from;
        }
    }

    // ---- reading ----

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public MovementKind getKind() {
        return kind;
    }

    public String getTheme() {
        return theme;
    }

    public String getAnniversary() {
        return anniversary;
    }

    public Long getLaunchingUnitId() {
        return launchingUnitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public MovementStatus getStatus() {
        return status;
    }

    public Long getParticipantRootUnitId() {
        return participantRootUnitId;
    }

    public Set<UnitKind> participantUnitKinds() {
        if (participantUnitKinds == null) {
            return Set.of();
        }
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        for (String k : participantUnitKinds.split(",")) {
            kinds.add(UnitKind.valueOf(k));
        }
        return kinds;
    }

    public Set<Long> participantBlockIds() {
        return participantBlocks.stream().map(ParticipantBlock::blockId).collect(Collectors.toSet());
    }

    public String getNote() {
        return note;
    }

    public Integer getVersion() {
        return version;
    }

    public List<LegalDocument> documents() {
        return documents.stream()
                .sorted(Comparator.comparingInt(LegalDocument::seq))
                .toList();
    }

    public List<Criterion> criteria() {
        return criteria.stream().sorted(Comparator.comparingInt(Criterion::seq)).toList();
    }

    public List<OfferedAward> awards() {
        return awards.stream()
                .sorted(Comparator.comparing(a -> a.award().ordinal()))
                .toList();
    }

    public List<Transition> transitions() {
        return transitions.stream()
                .sorted(Comparator.comparingInt(Transition::seq))
                .toList();
    }
}
