package vn.thidua.exemplary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.History;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseText;

/**
 * The register of exemplary people, collectives and models. Every read and write is within the
 * account's unit scope (an example of another unit is not found); every change is audited; an edit
 * made on a stale page fails (version column).
 */
@Service
class ExemplaryRegister {

    record Example(
            Long id,
            ExampleKind kind,
            String name,
            Long personId,
            Long unitId,
            String unitName,
            String field,
            String deed,
            String foundBy,
            LocalDate foundOn,
            String recordedBy,
            String verifiedBy,
            LocalDate verifiedOn,
            Stage stage,
            boolean consent,
            LocalDate consentOn,
            String consentNote,
            boolean illustrative,
            int version) {

        public boolean verified() {
            return verifiedBy != null;
        }

        /** What the portal may show: verified and consented. */
        public boolean publishable() {
            return verified() && consent;
        }
    }

    /** What a user types for a new example or a correction. */
    record Draft(
            ExampleKind kind,
            String name,
            Long personId,
            Long unitId,
            String field,
            String deed,
            String foundBy,
            LocalDate foundOn) {}

    record StageChange(Stage from, Stage to, LocalDate on, String by, String note) {}

    private static final String COLUMNS = """
            e.id, e.kind, e.name, e.person_id, e.unit_id, e.field, e.deed, e.found_by, e.found_on, e.recorded_by,
            e.verified_by, e.verified_on, e.stage, e.consent, e.consent_on, e.consent_note, e.illustrative, e.version""";

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final UnitDirectory units;
    private final AchievementRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExemplaryRegister(
            JdbcClient jdbc,
            AccessScope scope,
            UnitDirectory units,
            AchievementRecords records,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.units = units;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    /** The examples in the account's scope, filtered by words (diacritics ignored) and stage. */
    @Transactional(readOnly = true)
    List<Example> list(String query, Stage stage) {
        scope.requireRecords();
        String folded = VietnameseText.fold(query);
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from exemplary_example e where 1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (!scope.provinceWide()) {
            sql.append(" and e.unit_id in (:units)");
            params.put("units", scope.subtree(scope.scopeRoot()));
        }
        if (stage != null) {
            sql.append(" and e.stage = :stage");
            params.put("stage", stage.name());
        }
        int i = 0;
        for (String word : folded.split(" ")) {
            if (!word.isBlank()) {
                sql.append(" and e.name_folded like :w").append(i);
                params.put("w" + i++, "%" + word + "%");
            }
        }
        sql.append(" order by e.found_on desc, e.id desc");
        return read(jdbc.sql(sql.toString()).params(params));
    }

    /** One example in scope; {@link ExampleNotFound} otherwise. */
    @Transactional(readOnly = true)
    Example find(Long id) {
        scope.requireRecords();
        Example e = unscoped(id);
        if (!scope.covers(e.unitId())) {
            throw new ExampleNotFound(id);
        }
        return e;
    }

    Example unscoped(Long id) {
        List<Example> found = read(jdbc.sql("select " + COLUMNS + " from exemplary_example e where e.id = :id")
                .param("id", id));
        if (found.isEmpty()) {
            throw new ExampleNotFound(id);
        }
        return found.get(0);
    }

    /** Records a newly found example at stage DISCOVERED. */
    @Transactional
    Example create(Draft draft) {
        requireWriter();
        Draft d = checked(draft);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into exemplary_example (kind, name, name_folded, person_id, unit_id, field, deed, found_by,
                  found_on, recorded_by, stage, consent)
                values (:kind, :name, :folded, :person, :unit, :field, :deed, :foundBy, :foundOn, :by, 'DISCOVERED', false)""")
                .param("kind", d.kind().name())
                .param("name", d.name())
                .param("folded", VietnameseText.fold(d.name()))
                .param("person", d.personId())
                .param("unit", d.unitId())
                .param("field", d.field())
                .param("deed", d.deed())
                .param("foundBy", d.foundBy())
                .param("foundOn", d.foundOn())
                .param("by", scope.actor().username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        stageChanged(id, null, Stage.DISCOVERED, "Ghi nhận phát hiện");
        Example created = unscoped(id);
        events.publishEvent(AuditableChange.created("exemplary", id, describe(created)));
        return created;
    }

    /** Corrects what was recorded; the stage, verification and consent stay. */
    @Transactional
    Example update(Long id, int expectedVersion, Draft draft) {
        requireWriter();
        Example before = current(id, expectedVersion);
        Draft d = checked(draft);
        bump(
                id,
                expectedVersion,
                "kind = :kind, name = :name, name_folded = :folded, person_id = :person, unit_id = :unit, field = :field,"
                        + " deed = :deed, found_by = :foundBy, found_on = :foundOn",
                Map.of(
                        "kind", d.kind().name(),
                        "name", d.name(),
                        "folded", VietnameseText.fold(d.name()),
                        "unit", d.unitId(),
                        "field", d.field(),
                        "deed", d.deed(),
                        "foundBy", d.foundBy(),
                        "foundOn", d.foundOn()),
                d.personId());
        Example after = unscoped(id);
        events.publishEvent(AuditableChange.updated("exemplary", id, describe(before), describe(after)));
        return after;
    }

    /**
     * Verification (thẩm định): by the Ban TĐKT, the administrator or a unit's leader, never by the
     * account that recorded the example (two people stand behind every entry).
     */
    @Transactional
    Example verify(Long id, int expectedVersion) {
        Role role = scope.actor().role();
        if (role != Role.ADMIN && role != Role.SPECIALIST && role != Role.UNIT_LEADER) {
            throw new AccessDeniedException("role " + role + " may not verify examples");
        }
        Example before = current(id, expectedVersion);
        if (before.verified()) {
            throw InvalidInput.of("verifiedBy", "validation.exemplary.alreadyVerified");
        }
        if (before.recordedBy().equals(scope.actor().username())) {
            throw InvalidInput.of("verifiedBy", "validation.exemplary.selfVerify");
        }
        bump(
                id,
                expectedVersion,
                "verified_by = :by, verified_on = :on",
                Map.of("by", scope.actor().username(), "on", LocalDate.now(clock)),
                null);
        Example after = unscoped(id);
        events.publishEvent(AuditableChange.updated("exemplary", id, describe(before), describe(after)));
        return after;
    }

    /**
     * One step forward in the cycle: nurtured once verified; replicated after nurturing, saying
     * where it was replicated. Honouring happens only at an honouring event ({@link HonouringEvents}).
     */
    @Transactional
    Example advance(Long id, int expectedVersion, Stage target, String note) {
        requireWriter();
        Example before = current(id, expectedVersion);
        String text = VietnameseText.clean(note);
        if (target == null || target != before.stage().next()) {
            throw InvalidInput.of(
                    "stage", "validation.exemplary.stageOrder", before.stage().name());
        }
        if (target == Stage.HONOURED) {
            throw InvalidInput.of("stage", "validation.exemplary.honourAtEvent");
        }
        if (!before.verified()) {
            throw InvalidInput.of("stage", "validation.exemplary.notVerified");
        }
        if (target == Stage.REPLICATED && (text == null || text.isEmpty())) {
            throw InvalidInput.of("note", "validation.exemplary.whereReplicated");
        }
        InvalidInput.requireFits("note", text, 1000);
        bump(id, expectedVersion, "stage = :stage", Map.of("stage", target.name()), null);
        stageChanged(id, before.stage(), target, text);
        Example after = unscoped(id);
        events.publishEvent(AuditableChange.updated("exemplary", id, describe(before), describe(after)));
        return after;
    }

    /** Records that the person (or the collective's head) agreed to be published, or withdrew. */
    @Transactional
    Example consent(Long id, int expectedVersion, boolean given, LocalDate on, String note) {
        requireWriter();
        Example before = current(id, expectedVersion);
        String text = VietnameseText.clean(note);
        List<Problem> problems = new ArrayList<>();
        if (on == null) {
            problems.add(Problem.of("consentOn", "validation.required"));
        } else if (on.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("consentOn", "validation.exemplary.future"));
        }
        if (text == null || text.isEmpty()) {
            problems.add(Problem.of("consentNote", "validation.required"));
        }
        InvalidInput.fits(problems, "consentNote", text, 500);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("c", given);
        values.put("on", on);
        values.put("note", text);
        bump(id, expectedVersion, "consent = :c, consent_on = :on, consent_note = :note", values, null);
        Example after = unscoped(id);
        events.publishEvent(AuditableChange.updated("exemplary", id, describe(before), describe(after)));
        return after;
    }

    @Transactional(readOnly = true)
    List<StageChange> stages(Long id) {
        find(id);
        return jdbc.sql("select from_stage, to_stage, changed_on, changed_by, note from exemplary_stage_change"
                        + " where example_id = :id order by id")
                .param("id", id)
                .query((rs, n) -> new StageChange(
                        rs.getString(1) == null ? null : Stage.valueOf(rs.getString(1)),
                        Stage.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The awards in the person's record (decided and back-filled), newest first; empty for others. */
    @Transactional(readOnly = true)
    List<History.AwardEntry> awards(Example e) {
        if (e.personId() == null) {
            return List.of();
        }
        List<History.AwardEntry> all =
                new ArrayList<>(records.historyOf(e.personId()).awards());
        all.sort(java.util.Comparator.comparing(History.AwardEntry::date).reversed());
        return all;
    }

    @Transactional(readOnly = true)
    List<History.TitleEntry> titles(Example e) {
        if (e.personId() == null) {
            return List.of();
        }
        List<History.TitleEntry> all =
                new ArrayList<>(records.historyOf(e.personId()).titles());
        all.sort(java.util.Comparator.comparing(History.TitleEntry::year).reversed());
        return all;
    }

    /** The entries the public portal shows: verified and consented, newest first (no account needed). */
    @Transactional(readOnly = true)
    List<Example> published(int limit) {
        return read(jdbc.sql("select " + COLUMNS + " from exemplary_example e"
                        + " where e.consent = true and e.verified_by is not null"
                        + " order by e.found_on desc, e.id desc fetch first :n rows only")
                .param("n", limit));
    }

    @Transactional(readOnly = true)
    java.util.Optional<Example> publishedOne(Long id) {
        return read(jdbc.sql("select " + COLUMNS + " from exemplary_example e"
                                + " where e.id = :id and e.consent = true and e.verified_by is not null")
                        .param("id", id))
                .stream()
                .findFirst();
    }

    private Draft checked(Draft d) {
        List<Problem> problems = new ArrayList<>();
        String name = VietnameseText.clean(d.name());
        String field = VietnameseText.clean(d.field());
        String deed = VietnameseText.clean(d.deed());
        String foundBy = VietnameseText.clean(d.foundBy());
        if (d.kind() == null) {
            problems.add(Problem.of("kind", "validation.required"));
        }
        require(problems, "name", name, 300);
        require(problems, "field", field, 200);
        require(problems, "deed", deed, 4000);
        require(problems, "foundBy", foundBy, 300);
        if (d.foundOn() == null) {
            problems.add(Problem.of("foundOn", "validation.required"));
        } else if (d.foundOn().isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("foundOn", "validation.exemplary.future"));
        }
        if (d.unitId() == null) {
            problems.add(Problem.of("unitId", "validation.required"));
        } else if (!scope.covers(d.unitId()) || units.visible(d.unitId()).isEmpty()) {
            problems.add(Problem.of("unitId", "validation.exemplary.unitOutOfScope"));
        }
        if (d.personId() != null) {
            if (d.kind() != ExampleKind.PERSON) {
                problems.add(Problem.of("personId", "validation.exemplary.personOnlyForPerson"));
            } else {
                try {
                    records.historyOf(d.personId());
                } catch (RuntimeException notVisible) {
                    problems.add(Problem.of("personId", "validation.exemplary.personNotFound", d.personId()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new Draft(d.kind(), name, d.personId(), d.unitId(), field, deed, foundBy, d.foundOn());
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
        if (role != Role.ADMIN && role != Role.SPECIALIST && role != Role.UNIT_OFFICER && role != Role.UNIT_LEADER) {
            throw new AccessDeniedException("role " + role + " keeps no exemplary register");
        }
    }

    private Example current(Long id, int expectedVersion) {
        Example e = find(id);
        if (e.version() != expectedVersion) {
            throw new OptimisticLockingFailureException("exemplary example " + id + " changed since it was read");
        }
        return e;
    }

    private void bump(Long id, int expectedVersion, String set, Map<String, Object> values, Long personId) {
        var statement = jdbc.sql("update exemplary_example set " + set + ", version = version + 1"
                        + " where id = :id and version = :v")
                .params(values)
                .param("id", id)
                .param("v", expectedVersion);
        if (set.contains(":person")) {
            statement = statement.param("person", personId);
        }
        if (statement.update() == 0) {
            throw new OptimisticLockingFailureException("exemplary example " + id + " changed since it was read");
        }
    }

    void stageChanged(long id, Stage from, Stage to, String note) {
        jdbc.sql("insert into exemplary_stage_change (example_id, from_stage, to_stage, changed_on, changed_by, note)"
                        + " values (:id, :from, :to, :on, :by, :note)")
                .param("id", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("on", LocalDate.now(clock))
                .param("by", actorName())
                .param("note", note)
                .update();
    }

    private String actorName() {
        try {
            return scope.actor().username();
        } catch (AccessDeniedException none) {
            return "demo";
        }
    }

    private List<Example> read(JdbcClient.StatementSpec statement) {
        List<Object[]> rows = statement
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    ExampleKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getObject(4) == null ? null : rs.getLong(4),
                    rs.getLong(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getObject(9, LocalDate.class),
                    rs.getString(10),
                    rs.getString(11),
                    rs.getObject(12, LocalDate.class),
                    Stage.valueOf(rs.getString(13)),
                    rs.getBoolean(14),
                    rs.getObject(15, LocalDate.class),
                    rs.getString(16),
                    rs.getBoolean(17),
                    rs.getInt(18)
                })
                .list();
        Map<Long, Unit> byId =
                units.byId(rows.stream().map(r -> (Long) r[4]).distinct().toList());
        return rows.stream()
                .map(r -> new Example(
                        (Long) r[0],
                        (ExampleKind) r[1],
                        (String) r[2],
                        (Long) r[3],
                        (Long) r[4],
                        byId.containsKey((Long) r[4]) ? byId.get((Long) r[4]).getName() : "",
                        (String) r[5],
                        (String) r[6],
                        (String) r[7],
                        (LocalDate) r[8],
                        (String) r[9],
                        (String) r[10],
                        (LocalDate) r[11],
                        (Stage) r[12],
                        (boolean) r[13],
                        (LocalDate) r[14],
                        (String) r[15],
                        (boolean) r[16],
                        (int) r[17]))
                .toList();
    }

    static String describe(Example e) {
        return "kind=" + e.kind() + "\nname=" + e.name() + "\nperson=" + e.personId() + "\nunit=" + e.unitId()
                + "\nfield=" + e.field() + "\ndeed=" + e.deed() + "\nfoundBy=" + e.foundBy() + "\nfoundOn="
                + e.foundOn() + "\nstage=" + e.stage() + "\nverifiedBy=" + e.verifiedBy() + "\nconsent=" + e.consent()
                + "\nconsentOn=" + e.consentOn() + "\nconsentNote=" + e.consentNote();
    }
}
