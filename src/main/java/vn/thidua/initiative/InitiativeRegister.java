package vn.thidua.initiative;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseText;

/**
 * Applications for recognition of an initiative and the council's decision. Reads and writes stay
 * within the account's unit scope (another unit's application is not found); every change is
 * audited; a stale page's change fails (version column). A recognition writes the initiative into
 * each author's record through {@link AchievementRecords#recordInitiative}, in the same transaction.
 */
@Service
class InitiativeRegister {

    record Author(Long personId, String name) {}

    record Application(
            Long id,
            String title,
            String content,
            String appliedWhere,
            String effect,
            Long unitId,
            String unitName,
            LocalDate submittedOn,
            String recordedBy,
            Status status,
            CouncilLevel councilLevel,
            LocalDate decidedOn,
            String decisionNo,
            String reason,
            InitiativeScope scope,
            String decidedBy,
            boolean illustrative,
            int version,
            List<Author> authors) {

        public boolean decided() {
            return status != Status.SUBMITTED;
        }
    }

    /** What a user types for an application. */
    record Draft(
            String title,
            String content,
            String appliedWhere,
            String effect,
            Long unitId,
            LocalDate submittedOn,
            List<Long> authorIds) {}

    /** The council's decision. */
    record Decision(
            CouncilLevel level,
            boolean recognised,
            LocalDate decidedOn,
            String decisionNo,
            InitiativeScope scope,
            String reason) {}

    private static final String COLUMNS = """
            a.id, a.title, a.content, a.applied_where, a.effect, a.unit_id, a.submitted_on, a.recorded_by, a.status,
            a.council_level, a.decided_on, a.decision_no, a.reason, a.recognised_scope, a.decided_by, a.illustrative,
            a.version""";

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final UnitDirectory units;
    private final EditingPeople people;
    private final AchievementRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InitiativeRegister(
            JdbcClient jdbc,
            AccessScope scope,
            UnitDirectory units,
            EditingPeople people,
            AchievementRecords records,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.units = units;
        this.people = people;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** The applications in scope, filtered by words of the title (diacritics ignored) and status. */
    @Transactional(readOnly = true)
    List<Application> list(String query, Status status) {
        scope.requireRecords();
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from initiative_application a where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!scope.provinceWide()) {
            sql.append(" and a.unit_id in (:units)");
            params.put("units", scope.subtree(scope.scopeRoot()));
        }
        if (status != null) {
            sql.append(" and a.status = :status");
            params.put("status", status.name());
        }
        int i = 0;
        for (String word : VietnameseText.fold(query).split(" ")) {
            if (!word.isBlank()) {
                sql.append(" and a.title_folded like :w").append(i);
                params.put("w" + i++, "%" + word + "%");
            }
        }
        sql.append(" order by a.submitted_on desc, a.id desc");
        return read(jdbc.sql(sql.toString()).params(params));
    }

    @Transactional(readOnly = true)
    Application find(Long id) {
        scope.requireRecords();
        Application a = unscoped(id);
        if (!scope.covers(a.unitId())) {
            throw new ApplicationNotFound(id);
        }
        return a;
    }

    private Application unscoped(Long id) {
        List<Application> found = read(jdbc.sql("select " + COLUMNS + " from initiative_application a where a.id = :id")
                .param("id", id));
        if (found.isEmpty()) {
            throw new ApplicationNotFound(id);
        }
        return found.get(0);
    }

    /** Records an application for recognition (status SUBMITTED). */
    @Transactional
    Application create(Draft draft) {
        requireWriter();
        Draft d = checked(draft);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into initiative_application (title, title_folded, content, applied_where, effect, unit_id,
                  submitted_on, recorded_by, status)
                values (:title, :folded, :content, :where, :effect, :unit, :on, :by, 'SUBMITTED')""")
                .param("title", d.title())
                .param("folded", VietnameseText.fold(d.title()))
                .param("content", d.content())
                .param("where", d.appliedWhere())
                .param("effect", d.effect())
                .param("unit", d.unitId())
                .param("on", d.submittedOn())
                .param("by", scope.actor().username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        writeAuthors(id, d.authorIds());
        Application created = unscoped(id);
        events.publishEvent(AuditableChange.created("initiative", id, describe(created)));
        return created;
    }

    /** Corrects an application not yet decided. */
    @Transactional
    Application update(Long id, int expectedVersion, Draft draft) {
        requireWriter();
        Application before = current(id, expectedVersion);
        if (before.decided()) {
            throw InvalidInput.of("status", "validation.initiative.alreadyDecided");
        }
        Draft d = checked(draft);
        int n = jdbc.sql("""
                update initiative_application set title = :title, title_folded = :folded, content = :content,
                  applied_where = :where, effect = :effect, unit_id = :unit, submitted_on = :on, version = version + 1
                where id = :id and version = :v""")
                .param("title", d.title())
                .param("folded", VietnameseText.fold(d.title()))
                .param("content", d.content())
                .param("where", d.appliedWhere())
                .param("effect", d.effect())
                .param("unit", d.unitId())
                .param("on", d.submittedOn())
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (n == 0) {
            throw stale(id);
        }
        jdbc.sql("delete from initiative_author where application_id = :id")
                .param("id", id)
                .update();
        writeAuthors(id, d.authorIds());
        Application after = unscoped(id);
        events.publishEvent(AuditableChange.updated("initiative", id, describe(before), describe(after)));
        return after;
    }

    /**
     * The council's decision. A provincial council is the province's (administrator, Ban TĐKT); a
     * grassroots council's decision may also be entered by the unit's officer. District councils are
     * accepted only for decisions made before 1/7/2025. A recognition enters each author's record.
     */
    @Transactional
    Application decide(Long id, int expectedVersion, Decision decision) {
        Role role = scope.actor().role();
        boolean province = role == Role.ADMIN || role == Role.SPECIALIST;
        if (!province && role != Role.UNIT_OFFICER) {
            throw new AccessDeniedException("role " + role + " does not record council decisions");
        }
        Application before = current(id, expectedVersion);
        if (before.decided()) {
            throw InvalidInput.of("status", "validation.initiative.alreadyDecided");
        }
        Decision d = checked(decision, before);
        if (d.level() == CouncilLevel.PROVINCIAL && !province) {
            throw new AccessDeniedException("a provincial council's decision is the province's to record");
        }
        Map<String, Object> values = new HashMap<>();
        values.put("status", (d.recognised() ? Status.RECOGNISED : Status.NOT_RECOGNISED).name());
        values.put("level", d.level().name());
        values.put("on", d.decidedOn());
        values.put("no", d.decisionNo());
        values.put("reason", d.reason());
        values.put("scope", d.recognised() ? d.scope().name() : null);
        values.put("by", scope.actor().username());
        int n = jdbc.sql("""
                update initiative_application set status = :status, council_level = :level, decided_on = :on,
                  decision_no = :no, reason = :reason, recognised_scope = :scope, decided_by = :by,
                  version = version + 1
                where id = :id and version = :v""")
                .params(values)
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (n == 0) {
            throw stale(id);
        }
        if (d.recognised()) {
            for (Author author : before.authors()) {
                records.recordInitiative(author.personId(), d.decidedOn().getYear(), d.scope(), before.title());
            }
        }
        Application after = unscoped(id);
        events.publishEvent(AuditableChange.updated("initiative", id, describe(before), describe(after)));
        return after;
    }

    private Draft checked(Draft d) {
        List<Problem> problems = new ArrayList<>();
        String title = VietnameseText.clean(d.title());
        String content = VietnameseText.clean(d.content());
        String where = VietnameseText.clean(d.appliedWhere());
        String effect = VietnameseText.clean(d.effect());
        require(problems, "initiativeTitle", title, 500);
        require(problems, "content", content, 4000);
        require(problems, "appliedWhere", where, 1000);
        require(problems, "effect", effect, 4000);
        if (d.submittedOn() == null) {
            problems.add(Problem.of("submittedOn", "validation.required"));
        } else if (d.submittedOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("submittedOn", "validation.initiative.future"));
        }
        if (d.unitId() == null) {
            problems.add(Problem.of("unitId", "validation.required"));
        } else if (!scope.covers(d.unitId()) || units.visible(d.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "validation.initiative.unitOutOfScope"));
        }
        List<Long> authors = new ArrayList<>(new LinkedHashSet<>(d.authorIds() == null ? List.of() : d.authorIds()));
        if (authors.isEmpty()) {
            problems.add(Problem.of("authors", "validation.initiative.noAuthor"));
        }
        if (authors.size() > 20) {
            problems.add(Problem.of("authors", "validation.initiative.tooManyAuthors", 20));
        }
        for (Long person : authors) {
            if (person == null || nameOf(person) == null) {
                problems.add(Problem.of("authors", "validation.initiative.authorNotFound", person));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Draft(title, content, where, effect, d.unitId(), d.submittedOn(), authors);
    }

    private Decision checked(Decision d, Application a) {
        List<Problem> problems = new ArrayList<>();
        String number = VietnameseText.clean(d.decisionNo());
        String reason = VietnameseText.clean(d.reason());
        if (d.level() == null) {
            problems.add(Problem.of("councilLevel", "validation.required"));
        }
        if (d.decidedOn() == null) {
            problems.add(Problem.of("decidedOn", "validation.required"));
        } else {
            if (d.decidedOn().isAfter(LocalDate.now(clock))) {
                problems.add(Problem.of("decidedOn", "validation.initiative.future"));
            }
            if (d.decidedOn().isBefore(a.submittedOn())) {
                problems.add(Problem.of("decidedOn", "validation.initiative.beforeSubmitted"));
            }
            if (d.level() == CouncilLevel.DISTRICT && !d.decidedOn().isBefore(CouncilLevel.DISTRICTS_ENDED)) {
                problems.add(Problem.of("councilLevel", "validation.initiative.noDistricts"));
            }
        }
        require(problems, "decisionNo", number, 100);
        if (d.recognised()) {
            if (d.scope() == null) {
                problems.add(Problem.of("scope", "validation.required"));
            } else if (d.level() != null && !d.level().widest().atLeast(d.scope())) {
                problems.add(Problem.of("scope", "validation.initiative.scopeTooWide"));
            }
        } else if (reason == null || reason.isEmpty()) {
            problems.add(Problem.of("reason", "validation.initiative.reasonRequired"));
        }
        InvalidInput.fits(problems, "reason", reason, 1000);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Decision(d.level(), d.recognised(), d.decidedOn(), number, d.scope(), reason);
    }

    private static void require(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isEmpty()) {
            problems.add(Problem.of(field, "validation.required"));
        } else {
            InvalidInput.fits(problems, field, value, max);
        }
    }

    private void requireWriter() {
        Role role = scope.actor().role();
        if (role != Role.ADMIN && role != Role.SPECIALIST && role != Role.UNIT_OFFICER) {
            throw new AccessDeniedException("role " + role + " does not record initiative applications");
        }
    }

    private Application current(Long id, int expectedVersion) {
        Application a = find(id);
        if (a.version() != expectedVersion) {
            throw stale(id);
        }
        return a;
    }

    private static OptimisticLockingFailureException stale(Long id) {
        return new OptimisticLockingFailureException("initiative application " + id + " changed since it was read");
    }

    private void writeAuthors(long id, List<Long> authorIds) {
        int position = 1;
        for (Long person : authorIds) {
            jdbc.sql("insert into initiative_author (application_id, person_id, position) values (:a, :p, :n)")
                    .param("a", id)
                    .param("p", person)
                    .param("n", position++)
                    .update();
        }
    }

    /** The person's name when the account may see them; null otherwise. */
    private String nameOf(Long personId) {
        try {
            return people.visible(personId).getFullName();
        } catch (RuntimeException notVisible) {
            return null;
        }
    }

    private List<Application> read(JdbcClient.StatementSpec statement) {
        List<Object[]> rows = statement
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getString(8),
                    Status.valueOf(rs.getString(9)),
                    rs.getString(10) == null ? null : CouncilLevel.valueOf(rs.getString(10)),
                    rs.getObject(11, LocalDate.class),
                    rs.getString(12),
                    rs.getString(13),
                    rs.getString(14) == null ? null : InitiativeScope.valueOf(rs.getString(14)),
                    rs.getString(15),
                    rs.getBoolean(16),
                    rs.getInt(17)
                })
                .list();
        Map<Long, Unit> byId =
                units.byId(rows.stream().map(r -> (Long) r[5]).distinct().toList());
        return rows.stream()
                .map(r -> {
                    Long id = (Long) r[0];
                    List<Author> authors = jdbc
                            .sql("select person_id from initiative_author where application_id = :a"
                                    + " order by position")
                            .param("a", id)
                            .query(Long.class)
                            .list()
                            .stream()
                            .map(p -> new Author(p, nameOf(p)))
                            .toList();
                    Unit unit = byId.get((Long) r[5]);
                    return new Application(
                            id,
                            (String) r[1],
                            (String) r[2],
                            (String) r[3],
                            (String) r[4],
                            (Long) r[5],
                            unit == null ? "" : unit.getName(),
                            (LocalDate) r[6],
                            (String) r[7],
                            (Status) r[8],
                            (CouncilLevel) r[9],
                            (LocalDate) r[10],
                            (String) r[11],
                            (String) r[12],
                            (InitiativeScope) r[13],
                            (String) r[14],
                            (boolean) r[15],
                            (int) r[16],
                            authors);
                })
                .toList();
    }

    static String describe(Application a) {
        return "title=" + a.title() + "\nunit=" + a.unitId() + "\nsubmittedOn=" + a.submittedOn() + "\nauthors="
                + a.authors().stream().map(Author::personId).toList() + "\nappliedWhere=" + a.appliedWhere()
                + "\nstatus=" + a.status() + "\ncouncilLevel=" + a.councilLevel() + "\ndecidedOn=" + a.decidedOn()
                + "\ndecisionNo=" + a.decisionNo() + "\nscope=" + a.scope() + "\nreason=" + a.reason();
    }
}
