package vn.thidua.commendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * Nomination dossiers through their life: the unit's officer drafts and fills them (by hand or from
 * Excel), its leader submits; levels between pass them up; the Ban TĐKT receives, appraises each
 * nominee, consults, returns fields to fix; the council takes them. Every step checks the role and
 * the unit scope on the server, the version the user saw, and is written to the dossier's history
 * and the audit trail.
 */
@Service
public class Dossiers {

    static final String FILES = "dossier";
    private static final String DOSSIER_COLUMNS = "id, proposing_unit_id, holder_unit_id, kind, movement_id,"
            + " achievement_year, title, status, specialist, received_on, due_on, created_by, created_at, version";
    private static final String NOMINEE_COLUMNS = "id, dossier_id, seq, subject, person_id, unit_id, full_name,"
            + " birth_date, national_id, position, award, summary, posthumous, eligibility, check_text,"
            + " duplicate_text, justification, appraisal, appraisal_reason, returned_fields, outcome, version";

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final UnitDirectory units;
    private final NomineeChecks checks;
    private final Attachments attachments;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int appraisalDays;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;
    private final DossierReaders readers;

    Dossiers(
            DossierReaders readers,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch,
            JdbcClient jdbc,
            AccessScope scope,
            UnitDirectory units,
            NomineeChecks checks,
            Attachments attachments,
            WorkingDays workingDays,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${thidua.commendation.appraisal-working-days:25}") int appraisalDays) {
        this.readers = readers;
        this.batch = batch;
        this.jdbc = jdbc;
        this.scope = scope;
        this.units = units;
        this.checks = checks;
        this.attachments = attachments;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
        this.appraisalDays = appraisalDays;
    }

    // ---- reading

    /** The dossiers the account may see: its units' own, those it holds, and all for the province's roles. */
    @Transactional(readOnly = true)
    public List<Dossier> visible() {
        return jdbc
                .sql("select " + DOSSIER_COLUMNS + " from commendation_dossier order by id desc")
                .query(Dossiers::dossier)
                .list()
                .stream()
                .filter(this::canSee)
                .toList();
    }

    /** The dossier; 404 when it does not exist or the account may not see it. */
    @Transactional(readOnly = true)
    public Dossier find(Long id) {
        return row(id).filter(this::canSee).orElseThrow(() -> new DossierNotFound(id));
    }

    @Transactional(readOnly = true)
    public List<Nominee> nominees(Long dossierId) {
        find(dossierId);
        return nomineesOf(dossierId).stream().map(this::shown).toList();
    }

    @Transactional(readOnly = true)
    public Nominee nominee(Long nomineeId) {
        Nominee n = nomineeRow(nomineeId).orElseThrow(() -> new DossierNotFound(nomineeId));
        find(n.dossierId());
        return shown(n);
    }

    /** The processing history, oldest first: who did what, when, from which status to which. */
    public record Step(
            java.time.Instant at, String actor, String action, DossierStatus from, DossierStatus to, String note) {}

    @Transactional(readOnly = true)
    public List<Step> history(Long dossierId) {
        find(dossierId);
        return jdbc.sql(
                        "select happened_at, actor, action, from_status, to_status, note from commendation_dossier_event"
                                + " where dossier_id = :d order by id")
                .param("d", dossierId)
                .query((rs, n) -> new Step(
                        rs.getTimestamp(1).toInstant(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4) == null ? null : DossierStatus.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : DossierStatus.valueOf(rs.getString(5)),
                        rs.getString(6)))
                .list();
    }

    /** The dossier's papers by type. */
    @Transactional(readOnly = true)
    public List<Attached> papers(Long dossierId) {
        find(dossierId);
        return attachments.of(Owner.of(FILES, dossierId));
    }

    /** The required papers not yet filed (docs/legal-reference.md R22). */
    @Transactional(readOnly = true)
    public Set<DocumentType> missingPapers(Long dossierId) {
        Dossier d = find(dossierId);
        Set<DocumentType> missing = EnumSet.noneOf(DocumentType.class);
        missing.addAll(DocumentType.required(d.kind()));
        papers(dossierId)
                .forEach(a -> missing.remove(DocumentType.valueOf(a.owner().slot())));
        return missing;
    }

    /** The quotas the dossier's unit would exceed for the year with all its active dossiers. */
    @Transactional(readOnly = true)
    public List<NomineeChecks.QuotaBreach> quotaBreaches(Long dossierId) {
        Dossier d = find(dossierId);
        return checks.quotas(d.proposingUnitId(), d.year());
    }

    /** A nominee the council approved, with the unit that proposed it: what a decision is drafted from. */
    public record Approved(Nominee nominee, Long proposingUnitId, String proposingUnitName, Long dossierId) {}

    /** The nominees approved by the council for a form and achievement year, by proposing unit. */
    @Transactional(readOnly = true)
    public List<Approved> approved(Award award, int year) {
        requireRole(Role.ADMIN, Role.SPECIALIST, Role.SIGNER);
        return jdbc.sql("select n.*, d.proposing_unit_id as p_unit, u.name as p_name from commendation_nominee n"
                        + " join commendation_dossier d on d.id = n.dossier_id"
                        + " join organization_unit u on u.id = d.proposing_unit_id"
                        + " where d.status = 'CONCLUDED' and n.outcome = 'APPROVED' and n.award = :a"
                        + " and d.achievement_year = :y order by u.name, d.id, n.seq")
                .param("a", award.name())
                .param("y", year)
                .query((rs, i) -> new Approved(
                        nominee(rs, i), rs.getLong("p_unit"), rs.getString("p_name"), rs.getLong("dossier_id")))
                .list();
    }

    // ---- the unit's work

    /** A new draft dossier of a unit in the account's scope. */
    @Transactional
    public Dossier create(Long unitId, DossierKind kind, Long movementId, int year, String title) {
        requireRole(Role.ADMIN, Role.SPECIALIST, Role.UNIT_OFFICER, Role.UNIT_LEADER);
        scope.requireUnit(unitId);
        units.require(unitId);
        String name = text(title);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (name == null) {
            problems.add(InvalidInput.Problem.of("title", "validation.required"));
        }
        if (kind == null) {
            problems.add(InvalidInput.Problem.of("kind", "validation.required"));
        }
        if (kind == DossierKind.THEMATIC && movementId == null) {
            problems.add(InvalidInput.Problem.of("movementId", "validation.dossier.movementRequired"));
        }
        InvalidInput.fits(problems, "title", title, 500);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < 2000 || year > thisYear) {
            problems.add(InvalidInput.Problem.of("year", "validation.dossier.year", thisYear));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into commendation_dossier (proposing_unit_id, holder_unit_id, kind, movement_id,"
                        + " achievement_year, title, status, created_by, created_at, award_method)"
                        + " values (:u, :u, :k, :m, :y, :t, :s, :by, :at, :method)")
                .param("u", unitId)
                .param("k", kind.name())
                .param("method", AwardMethod.defaultFor(kind).name())
                .param("m", movementId)
                .param("y", year)
                .param("t", name)
                .param("s", DossierStatus.DRAFT.name())
                .param("by", scope.actor().username())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        step(id, "CREATE", null, DossierStatus.DRAFT, name);
        events.publishEvent(AuditableChange.created(
                "dossier", id, "unit=" + unitId + "\nkind=" + kind + "\nyear=" + year + "\ntitle=" + name));
        return find(id);
    }

    /** Adds a nominee to a dossier the unit may still change, checked at once. */
    @Transactional
    public Nominee addNominee(Long dossierId, int expectedVersion, NomineeInput input) {
        return addNominees(dossierId, expectedVersion, List.of(input)).get(0);
    }

    /**
     * The problems adding these nominees would meet (the people and units on record checked as
     * {@link #addNominees} does), named by the given rows; nothing is written.
     */
    @Transactional(readOnly = true)
    public List<InvalidInput.Problem> check(Long dossierId, List<NomineeInput> inputs, int[] rowNumbers) {
        Dossier d = find(dossierId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        NomineeChecks.Lookup lookup = inputs.size() >= 50 ? checks.byIndex() : checks.byQuery();
        for (int i = 0; i < inputs.size(); i++) {
            checks.resolve(d, inputs.get(i), rowNumbers[i], problems, lookup);
        }
        return problems;
    }

    /**
     * Adds nominees all at once (an import): every one is resolved and validated first; one bad
     * row refuses them all, naming each problem with its row (1-based, in the order given).
     */
    @Transactional
    public List<Nominee> addNominees(Long dossierId, int expectedVersion, List<NomineeInput> inputs) {
        int[] rows = inputs.size() == 1
                ? new int[] {0}
                : java.util.stream.IntStream.rangeClosed(1, inputs.size()).toArray();
        return addNominees(dossierId, expectedVersion, inputs, rows, done -> {});
    }

    /** The same, naming problems by the given row numbers (of a spreadsheet), reporting progress. */
    @Transactional
    public List<Nominee> addNominees(
            Long dossierId,
            int expectedVersion,
            List<NomineeInput> inputs,
            int[] rowNumbers,
            java.util.function.IntConsumer progress) {
        Dossier d = unitEditable(dossierId, expectedVersion);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<NomineeInput> resolved = new ArrayList<>();
        NomineeChecks.Lookup lookup = inputs.size() >= 50 ? checks.byIndex() : checks.byQuery();
        for (int i = 0; i < inputs.size(); i++) {
            resolved.add(checks.resolve(d, inputs.get(i), rowNumbers[i], problems, lookup));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int seq = nomineesOf(dossierId).stream().mapToInt(Nominee::seq).max().orElse(0);
        List<Long> ids = new ArrayList<>();
        if (resolved.size() < 50) {
            for (NomineeInput input : resolved) {
                ids.add(insertNominee(dossierId, ++seq, input));
            }
        } else {
            int first = seq + 1;
            List<org.springframework.jdbc.core.namedparam.SqlParameterSource> rows = new ArrayList<>();
            for (NomineeInput n : resolved) {
                rows.add(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("d", dossierId)
                        .addValue("seq", ++seq)
                        .addValue("subject", n.subject().name())
                        .addValue("person", n.personId())
                        .addValue("unit", n.unitId())
                        .addValue("name", n.fullName())
                        .addValue("birth", n.birthDate())
                        .addValue("nid", n.nationalId())
                        .addValue("pos", n.position())
                        .addValue("award", n.award().name())
                        .addValue("summary", n.summary())
                        .addValue("posthumous", n.posthumous())
                        .addValue("just", text(n.justification()))
                        .addValue("tier", n.tier() == null ? null : n.tier().name())
                        .addValue("enterprise", n.enterprise(), java.sql.Types.BOOLEAN));
            }
            batch.batchUpdate(
                    INSERT_NOMINEE, rows.toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
            ids.addAll(
                    jdbc.sql("select id from commendation_nominee where dossier_id = :d and seq >= :first order by seq")
                            .param("d", dossierId)
                            .param("first", first)
                            .query(Long.class)
                            .list());
        }
        checks.recheck(d, ids, progress);
        touch(d);
        events.publishEvent(AuditableChange.created(
                "dossier-nominees",
                dossierId,
                "added=" + resolved.size() + "\nfirst=" + resolved.get(0).fullName()));
        return ids.stream().map(id -> nomineeRow(id).orElseThrow()).toList();
    }

    /**
     * Changes a nominee: freely while the dossier is a draft or awaits approval; after a return,
     * only the fields the appraiser flagged. The nominee's version must be the one the user saw.
     */
    @Transactional
    public Nominee changeNominee(Long nomineeId, int expectedVersion, NomineeInput input) {
        Nominee before = nominee(nomineeId);
        Dossier d = find(before.dossierId());
        scope.requireUnit(d.proposingUnitId());
        requireRole(Role.ADMIN, Role.UNIT_OFFICER, Role.UNIT_LEADER);
        if (before.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("nominee " + nomineeId + " changed since it was read");
        }
        if (!d.status().editableByUnit()) {
            if (d.status() != DossierStatus.RETURNED || before.appraisal() != Appraisal.RETURNED) {
                throw InvalidInput.of("dossier", "validation.dossier.notEditable");
            }
            Set<String> changed = changedFields(before, input);
            changed.removeAll(before.returnedFields());
            changed.addAll(changedClassification(classification(nomineeId), input));
            if (!changed.isEmpty()) {
                throw InvalidInput.of(
                        changed.iterator().next(), "validation.dossier.fieldNotReturned", String.join(", ", changed));
            }
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        NomineeInput resolved = checks.resolve(d, input, 0, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String classificationBefore = classification(nomineeId);
        int updated = jdbc.sql(
                        "update commendation_nominee set subject = :subject, person_id = :person, unit_id = :unit,"
                                + " full_name = :name, birth_date = :birth, national_id = :nid, position = :pos, award = :award,"
                                + " summary = :summary, posthumous = :posthumous, justification = :just,"
                                + " recipient_tier = :tier, enterprise = :enterprise,"
                                + " version = version + 1 where id = :id and version = :v")
                .param("subject", resolved.subject().name())
                .param("person", resolved.personId())
                .param("unit", resolved.unitId())
                .param("name", resolved.fullName())
                .param("birth", resolved.birthDate())
                .param("nid", resolved.nationalId())
                .param("pos", resolved.position())
                .param("award", resolved.award().name())
                .param("summary", resolved.summary())
                .param("posthumous", resolved.posthumous())
                .param("just", text(resolved.justification()))
                .param("tier", resolved.tier() == null ? null : resolved.tier().name())
                .param("enterprise", resolved.enterprise())
                .param("id", nomineeId)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("nominee " + nomineeId + " changed since it was read");
        }
        checks.recheck(d, List.of(nomineeId));
        Nominee after = nomineeRow(nomineeId).orElseThrow();
        events.publishEvent(AuditableChange.updated(
                "nominee",
                nomineeId,
                describe(before) + classificationBefore,
                describe(after) + classification(nomineeId)));
        return after;
    }

    /** Takes a nominee out of a dossier the unit may still change. */
    @Transactional
    public void removeNominee(Long nomineeId, int dossierVersion) {
        Nominee n = nominee(nomineeId);
        Dossier d = unitEditable(n.dossierId(), dossierVersion);
        jdbc.sql("delete from commendation_nominee where id = :id")
                .param("id", nomineeId)
                .update();
        touch(d);
        events.publishEvent(AuditableChange.deleted("nominee", nomineeId, describe(n)));
    }

    /** Files a paper of the dossier (tờ trình, biên bản, báo cáo thành tích …). */
    @Transactional
    public Attached filePaper(Long dossierId, DocumentType type, String fileName, byte[] content) {
        find(dossierId);
        return attachments.attach(new Owner(FILES, dossierId, type.name()), type.name(), fileName, content);
    }

    // ---- moving the dossier

    /** Carries out an action on the dossier, checking who may, from which status, and what it needs. */
    @Transactional
    public Dossier act(Long dossierId, int expectedVersion, DossierAction action, String note) {
        Dossier d = find(dossierId);
        if (d.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("dossier " + dossierId + " changed since it was read");
        }
        DossierStatus next = d.status()
                .after(action)
                .orElseThrow(() -> InvalidInput.of("action", "validation.dossier.action", action, d.status()));
        Long holder = d.holderUnitId();
        String specialist = d.specialist();
        LocalDate receivedOn = d.receivedOn();
        LocalDate dueOn = d.dueOn();
        switch (action) {
            case SEND_TO_LEADER -> {
                requireUnitRole(d.proposingUnitId(), Role.UNIT_OFFICER, Role.UNIT_LEADER);
                if (nomineesOf(dossierId).isEmpty()) {
                    throw InvalidInput.of("nominees", "validation.dossier.noNominees");
                }
            }
            case SEND_BACK, WITHDRAW -> requireUnitRole(d.proposingUnitId(), Role.UNIT_LEADER);
            case SUBMIT -> {
                requireUnitRole(d.proposingUnitId(), Role.UNIT_LEADER);
                readyToSubmit(d, note);
                holder = nextLevel(d.proposingUnitId());
            }
            case FORWARD -> {
                if (d.atProvince()) {
                    throw InvalidInput.of("action", "validation.dossier.action", action, d.status());
                }
                requireUnitRole(d.holderUnitId(), Role.UNIT_OFFICER, Role.UNIT_LEADER);
                holder = nextLevel(d.holderUnitId());
            }
            case RECEIVE -> {
                requireProvince(d);
                specialist = scope.actor().username();
                receivedOn = today();
                dueOn = workingDays.plus(receivedOn, appraisalDays);
            }
            case RETURN -> {
                requireProvince(d);
                boolean anyReturned = nomineesOf(dossierId).stream().anyMatch(n -> n.appraisal() == Appraisal.RETURNED);
                if (!anyReturned && text(note) == null) {
                    throw InvalidInput.of("note", "validation.dossier.returnReason");
                }
                holder = null;
            }
            case RESUBMIT -> {
                // the officer who corrected the returned fields sends it back (ADR 0031)
                requireUnitRole(d.proposingUnitId(), Role.UNIT_OFFICER, Role.UNIT_LEADER);
                jdbc.sql("update commendation_nominee set appraisal = null, appraisal_reason = null,"
                                + " returned_fields = null, version = version + 1"
                                + " where dossier_id = :d and appraisal = 'RETURNED'")
                        .param("d", dossierId)
                        .update();
            }
            case FINISH_APPRAISAL -> {
                requireProvince(d);
                List<Nominee> open = nomineesOf(dossierId).stream()
                        .filter(n -> n.appraisal() != Appraisal.ACCEPTED && n.appraisal() != Appraisal.REJECTED)
                        .toList();
                if (!open.isEmpty()) {
                    throw InvalidInput.of(
                            "nominees",
                            "validation.dossier.notAllAppraised",
                            open.get(0).fullName());
                }
            }
            case REOPEN -> requireProvince(d);
            case PUT_TO_COUNCIL, CONCLUDE -> throw new AccessDeniedException("the council module moves dossiers there");
        }
        return move(d, action, next, holder, specialist, receivedOn, dueOn, note);
    }

    /**
     * The actions the signed-in account may take on the dossier now: its status allows them, and its
     * role and unit scope pass the same checks {@link #act} makes. Pages show only these.
     */
    @Transactional(readOnly = true)
    public List<DossierAction> allowedActions(Dossier d) {
        return Arrays.stream(DossierAction.values())
                .filter(a -> d.status().after(a).isPresent())
                .filter(a -> mayAct(d, a))
                .toList();
    }

    private boolean mayAct(Dossier d, DossierAction action) {
        Role role = scope.actor().role();
        boolean province = role == Role.ADMIN || role == Role.SPECIALIST;
        return switch (action) {
            case SEND_TO_LEADER, RESUBMIT -> unitRole(d.proposingUnitId(), Role.UNIT_OFFICER, Role.UNIT_LEADER);
            case SEND_BACK, WITHDRAW, SUBMIT -> unitRole(d.proposingUnitId(), Role.UNIT_LEADER);
            case FORWARD -> !d.atProvince() && unitRole(d.holderUnitId(), Role.UNIT_OFFICER, Role.UNIT_LEADER);
            case RECEIVE, RETURN, FINISH_APPRAISAL, REOPEN -> province && d.atProvince();
            case PUT_TO_COUNCIL, CONCLUDE -> false;
        };
    }

    private boolean unitRole(Long unitId, Role... roles) {
        Role role = scope.actor().role();
        return unitId != null && (role == Role.ADMIN || Arrays.asList(roles).contains(role)) && scope.covers(unitId);
    }

    /** The council puts the dossier on a session's agenda. */
    @Transactional
    public Dossier putToCouncil(Long dossierId) {
        Dossier d = find(dossierId);
        requireRole(Role.ADMIN, Role.SPECIALIST);
        DossierStatus next = d.status()
                .after(DossierAction.PUT_TO_COUNCIL)
                .orElseThrow(
                        () -> InvalidInput.of("dossierId", "validation.dossier.action", "PUT_TO_COUNCIL", d.status()));
        return move(d, DossierAction.PUT_TO_COUNCIL, next, null, d.specialist(), d.receivedOn(), d.dueOn(), null);
    }

    /** The council's result on a nominee; the dossier is concluded when every accepted nominee has one. */
    @Transactional
    public void recordOutcome(Long nomineeId, Outcome outcome, String note) {
        Nominee n = nomineeRow(nomineeId).orElseThrow(() -> new DossierNotFound(nomineeId));
        Dossier d = row(n.dossierId()).orElseThrow();
        if (d.status() != DossierStatus.AT_COUNCIL) {
            throw InvalidInput.of("nomineeId", "validation.dossier.action", "CONCLUDE", d.status());
        }
        jdbc.sql("update commendation_nominee set outcome = :o, version = version + 1 where id = :id")
                .param("o", outcome.name())
                .param("id", nomineeId)
                .update();
        events.publishEvent(AuditableChange.updated("nominee-outcome", nomineeId, null, outcome + " " + note));
        boolean done = nomineesOf(d.id()).stream()
                .filter(x -> x.appraisal() == Appraisal.ACCEPTED)
                .allMatch(x -> x.outcome() != null);
        if (done) {
            move(
                    d,
                    DossierAction.CONCLUDE,
                    DossierStatus.CONCLUDED,
                    null,
                    d.specialist(),
                    d.receivedOn(),
                    d.dueOn(),
                    note);
        }
    }

    /**
     * The specialist's word on a nominee: accepted, rejected with a reason, or returned with a
     * reason and the fields the unit is to fix (and may change, nothing else).
     */
    @Transactional
    public Nominee appraise(
            Long nomineeId, int expectedVersion, Appraisal appraisal, String reason, Set<String> fields) {
        Nominee n = nominee(nomineeId);
        Dossier d = find(n.dossierId());
        requireProvince(d);
        if (d.status() != DossierStatus.UNDER_APPRAISAL) {
            throw InvalidInput.of("appraisal", "validation.dossier.notUnderAppraisal");
        }
        String why = text(reason);
        if (appraisal != Appraisal.ACCEPTED && why == null) {
            throw InvalidInput.of("reason", "validation.dossier.appraisalReason");
        }
        Set<String> flagged = fields == null ? Set.of() : new LinkedHashSet<>(fields);
        if (appraisal == Appraisal.RETURNED) {
            if (flagged.isEmpty()) {
                throw InvalidInput.of("fields", "validation.dossier.returnFields");
            }
            if (!Nominee.FIELDS.containsAll(flagged)) {
                throw InvalidInput.of("fields", "validation.dossier.returnFields");
            }
        } else {
            flagged = Set.of();
        }
        int updated = jdbc.sql(
                        "update commendation_nominee set appraisal = :a, appraisal_reason = :r, returned_fields = :f,"
                                + " version = version + 1 where id = :id and version = :v")
                .param("a", appraisal.name())
                .param("r", why)
                .param("f", flagged.isEmpty() ? null : String.join(",", flagged))
                .param("id", nomineeId)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("nominee " + nomineeId + " changed since it was read");
        }
        step(
                d.id(),
                "APPRAISE",
                d.status(),
                d.status(),
                n.seq() + ". " + n.fullName() + ": " + appraisal.words() + (why == null ? "" : " — " + why)
                        + (flagged.isEmpty() ? "" : " [" + String.join(", ", flagged) + "]"));
        Nominee after = nomineeRow(nomineeId).orElseThrow();
        events.publishEvent(AuditableChange.updated("nominee", nomineeId, describe(n), describe(after)));
        return after;
    }

    /** Hands the dossier to another specialist of the Ban TĐKT. */
    @Transactional
    public Dossier assign(Long dossierId, int expectedVersion, String specialist) {
        Dossier d = find(dossierId);
        requireRole(Role.ADMIN, Role.SPECIALIST);
        if (text(specialist) == null) {
            throw InvalidInput.of("specialist", "validation.required");
        }
        if (d.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("dossier " + dossierId + " changed since it was read");
        }
        return move(
                d,
                null,
                d.status(),
                d.holderUnitId(),
                specialist.strip(),
                d.receivedOn(),
                d.dueOn(),
                "→ " + specialist);
    }

    // ---- consultation (hiệp y)

    public record Consultation(
            Long id,
            String agency,
            LocalDate askedOn,
            LocalDate dueOn,
            LocalDate answeredOn,
            String answer,
            String askedBy) {

        public boolean overdue(LocalDate today) {
            return answeredOn == null && today.isAfter(dueOn);
        }
    }

    @Transactional
    public Consultation consult(Long dossierId, String agency, int workingDaysToAnswer) {
        Dossier d = find(dossierId);
        requireProvince(d);
        if (text(agency) == null) {
            throw InvalidInput.of("agency", "validation.required");
        }
        if (workingDaysToAnswer < 1 || workingDaysToAnswer > 60) {
            throw InvalidInput.of("days", "validation.dossier.consultDays");
        }
        LocalDate asked = today();
        jdbc.sql("insert into commendation_consultation (dossier_id, agency, asked_on, due_on, asked_by)"
                        + " values (:d, :a, :on, :due, :by)")
                .param("d", dossierId)
                .param("a", agency.strip())
                .param("on", asked)
                .param("due", workingDays.plus(asked, workingDaysToAnswer))
                .param("by", scope.actor().username())
                .update();
        step(dossierId, "CONSULT", d.status(), d.status(), agency.strip());
        return consultations(dossierId).get(consultations(dossierId).size() - 1);
    }

    @Transactional
    public void recordAnswer(Long consultationId, String answer) {
        Long dossierId = jdbc.sql("select dossier_id from commendation_consultation where id = :id")
                .param("id", consultationId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new DossierNotFound(consultationId));
        Dossier d = find(dossierId);
        requireProvince(d);
        if (text(answer) == null) {
            throw InvalidInput.of("answer", "validation.required");
        }
        jdbc.sql("update commendation_consultation set answered_on = :on, answer = :a where id = :id")
                .param("on", today())
                .param("a", answer.strip())
                .param("id", consultationId)
                .update();
        step(dossierId, "CONSULT_ANSWER", d.status(), d.status(), answer.strip());
    }

    @Transactional(readOnly = true)
    public List<Consultation> consultations(Long dossierId) {
        find(dossierId);
        return jdbc.sql(
                        "select id, agency, asked_on, due_on, answered_on, answer, asked_by from commendation_consultation"
                                + " where dossier_id = :d order by id")
                .param("d", dossierId)
                .query((rs, n) -> new Consultation(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getString(7)))
                .list();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- internals

    boolean canSee(Dossier d) {
        return readers.canSee(d);
    }

    /** The nominee as this account may read it: without the CCCD for a council member. */
    private Nominee shown(Nominee n) {
        return readers.seesNationalIds() ? n : n.withoutNationalId();
    }

    private Dossier unitEditable(Long dossierId, int expectedVersion) {
        Dossier d = find(dossierId);
        requireUnitRole(d.proposingUnitId(), Role.UNIT_OFFICER, Role.UNIT_LEADER);
        if (d.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("dossier " + dossierId + " changed since it was read");
        }
        if (!d.status().editableByUnit()) {
            throw InvalidInput.of("dossier", "validation.dossier.notEditable");
        }
        return d;
    }

    private void readyToSubmit(Dossier d, String note) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<Nominee> nominees = nomineesOf(d.id());
        if (nominees.isEmpty()) {
            problems.add(InvalidInput.Problem.of("nominees", "validation.dossier.noNominees"));
        }
        checks.recheck(d, nominees.stream().map(Nominee::id).toList());
        for (Nominee n : nomineesOf(d.id())) {
            // a nominee entered before the kinds were checked is caught here, before it leaves the unit
            n.award()
                    .refused(NomineeChecks.recipient(n.subject()), n.seq(), "award")
                    .ifPresent(problems::add);
            if (text(n.summary()) == null) {
                problems.add(new InvalidInput.Problem(
                        n.seq(), "summary", "validation.dossier.summaryMissing", List.of(n.fullName())));
            }
            if (n.failing() && !n.justified()) {
                problems.add(new InvalidInput.Problem(
                        n.seq(), "justification", "validation.dossier.justify", List.of(n.fullName())));
            }
        }
        for (DocumentType missing : missingPapers(d.id())) {
            problems.add(InvalidInput.Problem.of("papers", "validation.dossier.paperMissing", missing.name()));
        }
        List<NomineeChecks.QuotaBreach> breaches = checks.quotas(d.proposingUnitId(), d.year());
        if (!breaches.isEmpty() && text(note) == null) {
            problems.add(InvalidInput.Problem.of(
                    "note",
                    "validation.dossier.quotaJustify",
                    breaches.get(0).award().name(),
                    breaches.get(0).allowed()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** Where a unit's dossier goes next: its parent, unless that is the province (then the Ban TĐKT). */
    private Long nextLevel(Long unitId) {
        // the next level is usually outside the sender's scope: read it without the scope check
        return jdbc
                .sql("select p.id, p.kind from organization_unit u join organization_unit p on p.id = u.parent_id"
                        + " where u.id = :u")
                .param("u", unitId)
                .query((rs, n) -> UnitKind.valueOf(rs.getString(2)) == UnitKind.PROVINCE ? null : rs.getLong(1))
                .list()
                .stream()
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private Dossier move(
            Dossier d,
            DossierAction action,
            DossierStatus next,
            Long holder,
            String specialist,
            LocalDate receivedOn,
            LocalDate dueOn,
            String note) {
        int updated = jdbc.sql("update commendation_dossier set status = :s, holder_unit_id = :h, specialist = :sp,"
                        + " received_on = :r, due_on = :due, version = version + 1 where id = :id and version = :v")
                .param("s", next.name())
                .param("h", holder)
                .param("sp", specialist)
                .param("r", receivedOn)
                .param("due", dueOn)
                .param("id", d.id())
                .param("v", d.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("dossier " + d.id() + " changed since it was read");
        }
        step(d.id(), action == null ? "ASSIGN" : action.name(), d.status(), next, text(note));
        events.publishEvent(AuditableChange.updated(
                "dossier",
                d.id(),
                "status=" + d.status() + "\nholder=" + d.holderUnitId(),
                "status=" + next + "\nholder=" + holder + "\nspecialist=" + specialist + "\nnote="
                        + Objects.toString(note, "")));
        if (action != null) {
            events.publishEvent(new DossierMoved(
                    d.id(), d.proposingUnitId(), d.title(), action, next, holder, specialist, text(note)));
        }
        return row(d.id()).orElseThrow();
    }

    private void touch(Dossier d) {
        jdbc.sql("update commendation_dossier set version = version + 1 where id = :id")
                .param("id", d.id())
                .update();
    }

    private void step(Long dossierId, String action, DossierStatus from, DossierStatus to, String note) {
        jdbc.sql("insert into commendation_dossier_event (dossier_id, happened_at, actor, action, from_status,"
                        + " to_status, note) values (:d, :at, :by, :a, :f, :t, :n)")
                .param("d", dossierId)
                .param("at", Timestamp.from(clock.instant()))
                .param("by", scope.actor().username())
                .param("a", action)
                .param("f", from == null ? null : from.name())
                .param("t", to == null ? null : to.name())
                .param("n", note == null ? null : note.length() > 2000 ? note.substring(0, 2000) : note)
                .update();
    }

    private static final String INSERT_NOMINEE = "insert into commendation_nominee (dossier_id, seq, subject,"
            + " person_id, unit_id, full_name, birth_date, national_id, position, award, summary, posthumous, eligibility,"
            + " justification, recipient_tier, enterprise) values (:d, :seq, :subject, :person, :unit, :name, :birth,"
            + " :nid, :pos, :award, :summary, :posthumous, 'MANUAL', :just, :tier, :enterprise)";

    private long insertNominee(Long dossierId, int seq, NomineeInput n) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_NOMINEE)
                .param("d", dossierId)
                .param("seq", seq)
                .param("subject", n.subject().name())
                .param("person", n.personId())
                .param("unit", n.unitId())
                .param("name", n.fullName())
                .param("birth", n.birthDate())
                .param("nid", n.nationalId())
                .param("pos", n.position())
                .param("award", n.award().name())
                .param("summary", n.summary())
                .param("posthumous", n.posthumous())
                .param("just", text(n.justification()))
                .param("tier", n.tier() == null ? null : n.tier().name())
                .param("enterprise", n.enterprise())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Set<String> changedFields(Nominee before, NomineeInput after) {
        Set<String> changed = new LinkedHashSet<>();
        if (!Objects.equals(text(before.fullName()), text(after.fullName()))) {
            changed.add("fullName");
        }
        if (!Objects.equals(before.birthDate(), after.birthDate())) {
            changed.add("birthDate");
        }
        if (!Objects.equals(text(before.nationalId()), text(after.nationalId()))) {
            changed.add("nationalId");
        }
        if (!Objects.equals(text(before.position()), text(after.position()))) {
            changed.add("position");
        }
        if (before.award() != after.award()) {
            changed.add("award");
        }
        if (!Objects.equals(text(before.summary()), text(after.summary()))) {
            changed.add("summary");
        }
        if (!Objects.equals(text(before.justification()), text(after.justification()))) {
            changed.add("justification");
        }
        return changed;
    }

    /** The nominee's stated tier and enterprise flag, as the audit trail words them. */
    private String classification(Long nomineeId) {
        return jdbc.sql("select recipient_tier, enterprise from commendation_nominee where id = :id")
                .param("id", nomineeId)
                .query((rs, n) ->
                        "\nrecipient_tier=" + rs.getString(1) + "\nenterprise=" + rs.getObject(2, Boolean.class))
                .single();
    }

    private static Set<String> changedClassification(String before, NomineeInput after) {
        Set<String> changed = new LinkedHashSet<>();
        if (!before.contains("recipient_tier=" + after.tier() + "\n")) {
            changed.add("recipientTier");
        }
        if (!before.endsWith("enterprise=" + after.enterprise())) {
            changed.add("enterprise");
        }
        return changed;
    }

    private void requireRole(Role... roles) {
        if (!Arrays.asList(roles).contains(scope.actor().role())) {
            throw new AccessDeniedException("role " + scope.actor().role() + " may not do this");
        }
    }

    private void requireUnitRole(Long unitId, Role... roles) {
        Role role = scope.actor().role();
        if (role != Role.ADMIN && !Arrays.asList(roles).contains(role)) {
            throw new AccessDeniedException("role " + role + " may not do this");
        }
        scope.requireUnit(unitId);
    }

    private void requireProvince(Dossier d) {
        requireRole(Role.ADMIN, Role.SPECIALIST);
        if (!d.atProvince()) {
            throw InvalidInput.of("dossier", "validation.dossier.notAtProvince");
        }
    }

    Optional<Dossier> row(Long id) {
        return jdbc.sql("select " + DOSSIER_COLUMNS + " from commendation_dossier where id = :id")
                .param("id", id)
                .query(Dossiers::dossier)
                .optional();
    }

    List<Nominee> nomineesOf(Long dossierId) {
        return jdbc.sql("select " + NOMINEE_COLUMNS + " from commendation_nominee where dossier_id = :d order by seq")
                .param("d", dossierId)
                .query(Dossiers::nominee)
                .list();
    }

    Optional<Nominee> nomineeRow(Long id) {
        return jdbc.sql("select " + NOMINEE_COLUMNS + " from commendation_nominee where id = :id")
                .param("id", id)
                .query(Dossiers::nominee)
                .optional();
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }

    private static String describe(Nominee n) {
        return "seq=" + n.seq() + "\nname=" + n.fullName() + "\nbirth=" + n.birthDate() + "\nnid=" + n.nationalId()
                + "\naward=" + n.award() + "\nsummary=" + n.summary() + "\njustification=" + n.justification()
                + "\nappraisal=" + n.appraisal() + "\nreason=" + n.appraisalReason();
    }

    private static Dossier dossier(ResultSet rs, int row) throws SQLException {
        return new Dossier(
                rs.getLong("id"),
                rs.getLong("proposing_unit_id"),
                (Long) rs.getObject("holder_unit_id", Long.class),
                DossierKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("movement_id", Long.class),
                rs.getInt("achievement_year"),
                rs.getString("title"),
                DossierStatus.valueOf(rs.getString("status")),
                rs.getString("specialist"),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getInt("version"));
    }

    static Nominee nominee(ResultSet rs, int row) throws SQLException {
        String fields = rs.getString("returned_fields");
        return new Nominee(
                rs.getLong("id"),
                rs.getLong("dossier_id"),
                rs.getInt("seq"),
                NomineeSubject.valueOf(rs.getString("subject")),
                (Long) rs.getObject("person_id", Long.class),
                (Long) rs.getObject("unit_id", Long.class),
                rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getString("national_id"),
                rs.getString("position"),
                Award.valueOf(rs.getString("award")),
                rs.getString("summary"),
                rs.getBoolean("posthumous"),
                CheckResult.valueOf(rs.getString("eligibility")),
                rs.getString("check_text"),
                rs.getString("duplicate_text"),
                rs.getString("justification"),
                rs.getString("appraisal") == null ? null : Appraisal.valueOf(rs.getString("appraisal")),
                rs.getString("appraisal_reason"),
                fields == null ? Set.of() : Arrays.stream(fields.split(",")).collect(Collectors.toUnmodifiableSet()),
                rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                rs.getInt("version"));
    }
}
