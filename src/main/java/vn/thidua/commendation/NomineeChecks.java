package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Duplicates;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Explanations;
import vn.thidua.eligibility.Quotas;
import vn.thidua.eligibility.RulesInForce;
import vn.thidua.eligibility.Verdict;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.NationalId;
import vn.thidua.shared.VietnameseText;

/**
 * What the system checks on every nominee, on every change and again on submission: who the nominee
 * is (a person in the registry, found by CCCD or by name + birth date + unit; a unit; a household),
 * the eligibility verdict with its reasons and articles, duplicates (the same person or collective
 * proposed for the same form and year in any dossier of any unit, or already holding it), and the
 * unit's quotas.
 */
@Component
class NomineeChecks {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final Eligibility eligibility;
    private final Duplicates duplicates;
    private final Quotas quotas;
    private final Caps caps;
    private final MessageSource messages;
    private final AccessScope scope;
    private final vn.thidua.achievement.HistoryReader histories;
    private final vn.thidua.organization.PersonIdentities identities;
    private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch;

    private final java.time.Clock clock;

    NomineeChecks(
            vn.thidua.achievement.HistoryReader histories,
            vn.thidua.organization.PersonIdentities identities,
            org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate batch,
            JdbcClient jdbc,
            Eligibility eligibility,
            Duplicates duplicates,
            Quotas quotas,
            Caps caps,
            MessageSource messages,
            AccessScope scope,
            java.time.Clock clock) {
        this.clock = clock;
        this.histories = histories;
        this.identities = identities;
        this.batch = batch;
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.duplicates = duplicates;
        this.quotas = quotas;
        this.caps = caps;
        this.messages = messages;
        this.scope = scope;
    }

    /** The province's own caps per unit and year, by award (e.g. at most 2 CSTĐ tỉnh per unit). */
    @ConfigurationProperties("thidua.commendation")
    record Caps(Map<Award, Integer> unitCaps) {

        Caps {
            unitCaps = unitCaps == null ? Map.of() : Map.copyOf(unitCaps);
        }
    }

    /** A quota the unit's active proposals for the year exceed. */
    public record QuotaBreach(Award award, int proposed, int allowed, String basis) {}

    /** How nominees are found in the registry: a query each, or (for a list) one index of the account's people. */
    interface Lookup {
        Optional<Long> byNationalId(String nationalId);

        List<Long> byNameBirthUnit(String name, LocalDate birth, Long unitId);

        Optional<PersonRow> row(Long personId, NomineeInput in);
    }

    /** One query per lookup: for a nominee or two entered by hand. */
    Lookup byQuery() {
        return new Lookup() {
            @Override
            public Optional<Long> byNationalId(String nationalId) {
                return personByNationalId(nationalId);
            }

            @Override
            public List<Long> byNameBirthUnit(String name, LocalDate birth, Long unitId) {
                return personsByNameBirthUnit(name, birth, unitId);
            }

            @Override
            public Optional<PersonRow> row(Long personId, NomineeInput in) {
                return personRow(personId);
            }
        };
    }

    /** The account's people read once: for a list of many rows. */
    Lookup byIndex() {
        vn.thidua.organization.PersonIdentities.Index index = identities.inScope();
        return new Lookup() {
            @Override
            public Optional<Long> byNationalId(String nationalId) {
                return Optional.ofNullable(index.byNationalId(nationalId).personId());
            }

            @Override
            public List<Long> byNameBirthUnit(String name, LocalDate birth, Long unitId) {
                var match = index.byNameBirthUnit(name, birth, unitId);
                if (match.candidates() == 0) {
                    return List.of();
                }
                return match.unique()
                        ? List.of(match.personId())
                        : java.util.Collections.nCopies(match.candidates(), -1L);
            }

            @Override
            public Optional<PersonRow> row(Long personId, NomineeInput in) {
                Long unit = index.unitOf(personId);
                if (unit == null) {
                    return personRow(personId); // not among the account's people: read it (and refuse it)
                }
                return Optional.of(new PersonRow(in.fullName(), in.nationalId(), unit, in.birthDate()));
            }
        };
    }

    /**
     * The input made whole: text composed and trimmed, the person or unit found. Problems go to
     * {@code problems} with {@code row} (0 outside imports); the returned value is then unusable.
     */
    NomineeInput resolve(Dossier dossier, NomineeInput in, int row, List<InvalidInput.Problem> problems) {
        return resolve(dossier, in, row, problems, byQuery());
    }

    NomineeInput resolve(
            Dossier dossier, NomineeInput in, int row, List<InvalidInput.Problem> problems, Lookup lookup) {
        int before = problems.size();
        String name = Dossiers.text(in.fullName());
        String summary = Dossiers.text(in.summary());
        String nid = in.nationalId() == null ? null : in.nationalId().replaceAll("\\s", "");
        nid = nid == null || nid.isEmpty() ? null : nid;
        NomineeSubject subject = in.subject() == null ? NomineeSubject.INDIVIDUAL : in.subject();
        Long person = in.personId();
        Long unit = in.unitId();
        LocalDate birth = in.birthDate();
        if (in.award() == null) {
            problems.add(problem(row, "award", "validation.required"));
        }
        if (summary == null && row == 0) {
            problems.add(problem(row, "summary", "validation.required"));
        } else if (summary == null) {
            summary = ""; // a list's row without one: shown as a warning, asked for before submission
        }
        Optional<String> badId = nid == null ? Optional.empty() : NationalId.problem(nid, null, in.birthDate());
        badId.ifPresent(key -> problems.add(problem(row, "nationalId", key)));
        switch (subject) {
            case INDIVIDUAL -> {
                // whatever names the person (id, CCCD, or name + birth date + unit), one outside the
                // account's units is answered exactly like one that does not exist: nothing about them leaks
                if (person == null && nid != null && badId.isEmpty()) {
                    person = lookup.byNationalId(nid).orElse(null);
                    if (person == null) {
                        problems.add(problem(row, "nationalId", "validation.dossier.notInUnit"));
                    }
                } else if (person == null && name != null && birth != null && unit != null) {
                    if (!scope.covers(unit)) {
                        problems.add(problem(row, "unitId", "validation.dossier.notInUnit"));
                    } else {
                        List<Long> found = lookup.byNameBirthUnit(name, birth, unit);
                        if (found.size() > 1) {
                            problems.add(
                                    problem(row, "nationalId", "validation.dossier.namesakes", name, found.size()));
                        } else if (found.size() == 1) {
                            person = found.get(0);
                        }
                    }
                }
                if (person != null) {
                    PersonRow p = lookup.row(person, in)
                            .filter(r -> scope.covers(r.unitId()))
                            .orElse(null);
                    if (p == null) {
                        problems.add(problem(
                                row,
                                in.personId() != null ? "personId" : "nationalId",
                                "validation.dossier.notInUnit"));
                        person = null;
                    } else {
                        name = name == null ? p.fullName() : name;
                        unit = p.unitId() == null ? unit : p.unitId();
                        nid = nid == null ? p.nationalId() : nid;
                        birth = birth == null ? p.birthDate() : birth;
                    }
                }
                if (name == null && problems.size() == before) {
                    problems.add(problem(row, "fullName", "validation.required"));
                }
            }
            case COLLECTIVE -> {
                if (unit == null) {
                    problems.add(problem(row, "unitId", "validation.dossier.collectiveUnit", name == null ? "" : name));
                } else {
                    String unitName = unitName(unit).orElse(null);
                    if (unitName == null || !scope.covers(unit)) {
                        problems.add(problem(row, "unitId", "validation.dossier.collectiveUnit", unit));
                    } else {
                        name = name == null ? unitName : name;
                    }
                }
            }
            case HOUSEHOLD -> {
                if (name == null) {
                    problems.add(problem(row, "fullName", "validation.required"));
                }
            }
        }
        if (in.award() != null) {
            in.award().refused(recipient(subject), row, "award").ifPresent(problems::add);
        }
        boolean posthumous = in.posthumous() || dossier.kind() == DossierKind.POSTHUMOUS;
        if (posthumous && subject != NomineeSubject.INDIVIDUAL) {
            problems.add(problem(row, "posthumous", "validation.dossier.posthumousIndividual"));
        }
        if (in.tier() != null && subject != NomineeSubject.INDIVIDUAL) {
            problems.add(problem(row, "recipientTier", "validation.classification.tierForPeople"));
        }
        if (Boolean.TRUE.equals(in.enterprise()) && subject != NomineeSubject.COLLECTIVE) {
            problems.add(problem(row, "enterprise", "validation.classification.enterpriseForCollectives"));
        }
        if (problems.size() > before) {
            return in;
        }
        return new NomineeInput(
                subject,
                person,
                unit,
                name,
                birth,
                nid,
                Dossiers.text(in.position()),
                in.award(),
                summary,
                posthumous,
                in.justification(),
                subject == NomineeSubject.INDIVIDUAL ? in.tier() : null,
                subject == NomineeSubject.COLLECTIVE ? in.enterprise() : null);
    }

    static vn.thidua.achievement.RecipientKind recipient(NomineeSubject subject) {
        return vn.thidua.achievement.RecipientKind.valueOf(subject.name());
    }

    /** Runs eligibility and duplicate checks on the nominees and stores what they found. */
    void recheck(Dossier dossier, List<Long> nomineeIds) {
        recheck(dossier, nomineeIds, done -> {});
    }

    /**
     * The same for a batch (an import): the other proposals of the year for the batch's forms are read
     * once and matched in memory, so a list of thousands costs one query, not one per row.
     */
    void recheck(Dossier dossier, List<Long> nomineeIds, java.util.function.IntConsumer progress) {
        java.util.Set<Long> wanted = new java.util.HashSet<>(nomineeIds);
        List<Nominee> batch = jdbc
                .sql("select * from commendation_nominee where dossier_id = :d order by seq")
                .param("d", dossier.id())
                .query(Dossiers::nominee)
                .list()
                .stream()
                .filter(n -> wanted.contains(n.id()))
                .toList();
        Proposals others = proposals(
                dossier.year(), batch.stream().map(Nominee::award).distinct().toList());
        Map<Long, vn.thidua.achievement.History> read = batch.size() >= 50 ? historiesOf(batch) : Map.of();
        List<Map<String, Object>> updates = new ArrayList<>(batch.size());
        int done = 0;
        for (Nominee n : batch) {
            if (++done % 100 == 0) {
                progress.accept(done);
            }
            vn.thidua.achievement.History history = n.personId() == null ? null : read.get(n.personId());
            Verdicts found = verdict(dossier, n, history);
            String dup = duplicatesOf(dossier, n, others, history);
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("e", found.result().name());
            row.put("t", found.text());
            row.put("d", dup);
            row.put("id", n.id());
            updates.add(row);
        }
        batch(updates);
    }

    private void batch(List<Map<String, Object>> updates) {
        if (updates.isEmpty()) {
            return;
        }
        batch.batchUpdate(
                "update commendation_nominee set eligibility = :e, check_text = :t, duplicate_text = :d where id = :id",
                updates.stream()
                        .map(org.springframework.jdbc.core.namedparam.MapSqlParameterSource::new)
                        .toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new));
    }

    /** The records of a list's people in one ordered pass (the province sweep's reader). */
    private Map<Long, vn.thidua.achievement.History> historiesOf(List<Nominee> nominees) {
        java.util.Set<Long> people = new java.util.HashSet<>();
        nominees.stream()
                .map(Nominee::personId)
                .filter(java.util.Objects::nonNull)
                .forEach(people::add);
        Map<Long, vn.thidua.achievement.History> found = new java.util.HashMap<>();
        if (people.isEmpty()) {
            return found;
        }
        long from = java.util.Collections.min(people);
        long to = java.util.Collections.max(people);
        histories.forEach(
                vn.thidua.achievement.HistoryReader.Selection.everyone(LocalDate.now(clock))
                        .slice(from, to),
                r -> {
                    if (people.contains(r.history().personId())) {
                        found.put(r.history().personId(), r.history());
                    }
                });
        return found;
    }

    /** Every active proposal of the year for the forms, indexed by the identity keys of {@link Duplicates}. */
    private record Proposals(Map<String, List<Long>> byKey, Map<Long, String> where) {}

    private Proposals proposals(int year, List<Award> awards) {
        Map<String, List<Long>> byKey = new java.util.HashMap<>();
        Map<Long, String> where = new java.util.HashMap<>();
        if (awards.isEmpty()) {
            return new Proposals(byKey, where);
        }
        jdbc.sql("""
                select n.id, n.subject, n.person_id, n.national_id, n.full_name, n.birth_date, n.unit_id, n.award,
                       d.id, d.title, u.name, n.seq
                from commendation_nominee n
                join commendation_dossier d on d.id = n.dossier_id
                join organization_unit u on u.id = d.proposing_unit_id
                where d.status <> 'WITHDRAWN' and d.achievement_year = :y and n.award in (:a)""")
                .param("y", year)
                .param("a", awards.stream().map(Award::name).toList())
                .query(rs -> {
                    long id = rs.getLong(1);
                    Duplicates.Proposal p = new Duplicates.Proposal(
                            "#" + id,
                            NomineeSubject.valueOf(rs.getString(2)) == NomineeSubject.COLLECTIVE
                                    ? Candidate.Kind.COLLECTIVE
                                    : Candidate.Kind.INDIVIDUAL,
                            (Long) rs.getObject(3, Long.class),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getObject(6, LocalDate.class),
                            (Long) rs.getObject(7, Long.class),
                            Award.valueOf(rs.getString(8)),
                            year);
                    Duplicates.keys(p)
                            .values()
                            .forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>(1))
                                    .add(id));
                    where.put(
                            id,
                            messages.getMessage(
                                    "dossier.check.duplicateOf",
                                    new Object[] {rs.getLong(9), rs.getString(10), rs.getString(11), rs.getInt(12)},
                                    VI));
                });
        return new Proposals(byKey, where);
    }

    private record Verdicts(CheckResult result, String text) {}

    private Verdicts verdict(Dossier dossier, Nominee n, vn.thidua.achievement.History history) {
        Optional<Verdict> verdict;
        if (n.subject() == NomineeSubject.INDIVIDUAL && history != null) {
            verdict = eligibility.judge(
                    history, dossier.year(), n.award(), dossier.kind().basis());
        } else if (n.subject() == NomineeSubject.INDIVIDUAL && n.personId() != null) {
            verdict = eligibility.judgePerson(
                    n.personId(), dossier.year(), n.award(), dossier.kind().basis());
        } else if (n.subject() == NomineeSubject.COLLECTIVE && n.unitId() != null) {
            verdict = eligibility.judgeCollective(
                    n.unitId(), dossier.year(), n.award(), dossier.kind().basis());
        } else {
            return new Verdicts(
                    CheckResult.MANUAL,
                    messages.getMessage(
                            n.subject() == NomineeSubject.HOUSEHOLD
                                    ? "dossier.check.household"
                                    : "dossier.check.notInRegistry",
                            null,
                            VI));
        }
        if (verdict.isEmpty()) {
            return new Verdicts(CheckResult.MANUAL, messages.getMessage("dossier.check.notEncoded", null, VI));
        }
        Verdict v = verdict.get();
        if (v.eligible()) {
            return new Verdicts(CheckResult.ELIGIBLE, messages.getMessage("dossier.check.eligible", null, VI));
        }
        List<String> lines = new ArrayList<>();
        v.reasons().forEach(r -> lines.add(Explanations.explain(r, messages, VI)));
        String text = String.join("\n", lines);
        return new Verdicts(CheckResult.NOT_ELIGIBLE, text.length() > 4000 ? text.substring(0, 4000) : text);
    }

    /** The other active proposals (and the records) for the same person or unit, form and year. */
    private String duplicatesOf(Dossier dossier, Nominee n, Proposals others, vn.thidua.achievement.History history) {
        if (n.subject() == NomineeSubject.HOUSEHOLD) {
            return null;
        }
        Duplicates.Proposal mine = new Duplicates.Proposal(
                "#" + n.id(),
                n.subject() == NomineeSubject.COLLECTIVE ? Candidate.Kind.COLLECTIVE : Candidate.Kind.INDIVIDUAL,
                n.personId(),
                n.nationalId(),
                n.fullName(),
                n.birthDate(),
                n.unitId(),
                n.award(),
                dossier.year());
        List<String> lines = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        seen.add(n.id());
        for (Map.Entry<Duplicates.Match, String> key : Duplicates.keys(mine).entrySet()) {
            for (Long other : others.byKey().getOrDefault(key.getValue(), List.of())) {
                if (seen.add(other)) {
                    lines.add(others.where().get(other) + " ("
                            + messages.getMessage(
                                    "duplicates.match." + key.getKey(),
                                    null,
                                    key.getKey().name(),
                                    VI)
                            + ")");
                }
            }
        }
        (history != null ? Duplicates.againstHistory(mine, history) : duplicates.againstRecords(mine))
                .forEach(d -> lines.add(messages.getMessage(
                        "dossier.check.alreadyHolds",
                        new Object[] {
                            messages.getMessage(
                                    "duplicates.match." + d.match(),
                                    null,
                                    d.match().name(),
                                    VI),
                            d.existing()
                        },
                        VI)));
        String text = String.join("\n", lines);
        return lines.isEmpty() ? null : text.length() > 2000 ? text.substring(0, 2000) : text;
    }

    /** The caps the unit's active proposals for the year exceed: R03 when configured, and the province's own. */
    List<QuotaBreach> quotas(Long unitId, int year) {
        Map<Award, Integer> counts = new EnumMap<>(Award.class);
        jdbc.sql("""
                select n.award, count(*) from commendation_nominee n
                join commendation_dossier d on d.id = n.dossier_id
                where d.proposing_unit_id = :u and d.achievement_year = :y and d.status <> 'WITHDRAWN'
                group by n.award""").param("u", unitId).param("y", year).query(rs -> {
            counts.put(Award.valueOf(rs.getString(1)), rs.getInt(2));
        });
        List<QuotaBreach> breaches = new ArrayList<>();
        Integer share = quotas.grassrootsFighterShare(RulesInForce.forYear(year));
        int fighters = counts.getOrDefault(Award.GRASSROOTS_EMULATION_FIGHTER, 0);
        if (share != null && fighters > 0) {
            int advanced =
                    Math.max(counts.getOrDefault(Award.ADVANCED_WORKER, 0), advancedWorkersRecorded(unitId, year));
            int allowed = Quotas.allowed(share, advanced);
            if (fighters > allowed) {
                breaches.add(new QuotaBreach(
                        Award.GRASSROOTS_EMULATION_FIGHTER,
                        fighters,
                        allowed,
                        share + "% × " + advanced + " LĐTT (R03)"));
            }
        }
        caps.unitCaps().forEach((award, cap) -> {
            int proposed = counts.getOrDefault(award, 0);
            if (proposed > cap) {
                breaches.add(new QuotaBreach(award, proposed, cap, "thidua.commendation.unit-caps"));
            }
        });
        return breaches;
    }

    private int advancedWorkersRecorded(Long unitId, int year) {
        return jdbc.sql("""
                select count(*) from achievement_title t
                join organization_assignment a on a.organization_person = t.person_id and a.to_date is null
                where a.unit_id = :u and t.title_year = :y and t.title = 'ADVANCED_WORKER'""")
                .param("u", unitId)
                .param("y", year)
                .query(Integer.class)
                .single();
    }

    record PersonRow(String fullName, String nationalId, Long unitId, LocalDate birthDate) {}

    private Optional<PersonRow> personRow(Long id) {
        return jdbc
                .sql("""
                select p.full_name, p.national_id, a.unit_id, p.birth_date from organization_person p
                left join organization_assignment a on a.organization_person = p.id
                where p.id = :id
                order by case when a.to_date is null then 0 else 1 end, a.to_date desc""")
                .param("id", id)
                .query((rs, n) -> new PersonRow(
                        rs.getString(1),
                        rs.getString(2),
                        (Long) rs.getObject(3, Long.class),
                        rs.getObject(4, LocalDate.class)))
                .list()
                .stream()
                .findFirst();
    }

    private Optional<Long> personByNationalId(String nid) {
        return jdbc.sql("select id from organization_person where national_id = :n")
                .param("n", nid)
                .query(Long.class)
                .optional();
    }

    private List<Long> personsByNameBirthUnit(String name, LocalDate birth, Long unit) {
        return jdbc.sql("""
                select p.id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where p.name_folded = :n and p.birth_date = :b and a.unit_id = :u""")
                .param("n", VietnameseText.fold(name))
                .param("b", birth)
                .param("u", unit)
                .query(Long.class)
                .list();
    }

    private Optional<String> unitName(Long id) {
        return jdbc.sql("select name from organization_unit where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    private static InvalidInput.Problem problem(int row, String field, String key, Object... args) {
        return new InvalidInput.Problem(row, field, key, List.of(args));
    }
}
