package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.achievement.HistoryReader;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;

/**
 * Who is eligible in a unit for a year's achievement: every person now in the unit or below it and
 * every collective among those units, judged for every title and form encoded for the period; the
 * near misses (one condition short) with what is missing; and the caps the law sets.
 */
@Service
public class EligibilityLists {

    /** Shortfalls that one more year of work or one correction can close; others are not "near". */
    private static final Set<String> FAR =
            Set.of("WRONG_KIND", "DISCIPLINE_IN_PERIOD", "PREREQUISITE_MISSING", "ALREADY_HELD", "ALREADY_RECEIVED");

    /**
     * The list names who may still be proposed for the year (docs/legal-reference.md §2.3): a title
     * already held for the year is refused (R17) and counted apart, neither eligible nor near; the
     * caps (R03, R10) count those already holding the title with those eligible for it.
     */
    static final String ALREADY_HELD = "ALREADY_HELD";

    private final HistoryReader histories;
    private final CollectiveRecords collectives;
    private final UnitDirectory units;
    private final AccessScope scope;
    private final Quotas quotas;

    private final java.time.Clock clock;

    EligibilityLists(
            HistoryReader histories,
            CollectiveRecords collectives,
            UnitDirectory units,
            AccessScope scope,
            Quotas quotas,
            java.time.Clock clock) {
        this.clock = clock;
        this.histories = histories;
        this.collectives = collectives;
        this.units = units;
        this.scope = scope;
        this.quotas = quotas;
    }

    /**
     * One person or collective and its verdict for one award; {@code priority} marks a person who
     * works or produces directly, or a farmer with a production model, whom the law puts first among
     * those who qualify (Luật TĐKT 2022 Điều 5; docs/legal-reference.md §2.6).
     */
    public record Entry(
            Long subjectId, Candidate.Kind kind, String name, String unitName, Verdict verdict, boolean priority) {

        public Entry(Long subjectId, Candidate.Kind kind, String name, String unitName, Verdict verdict) {
            this(subjectId, kind, name, unitName, verdict, false);
        }

        public Award award() {
            return verdict.award();
        }
    }

    /** The list for a unit and a year. */
    public record UnitList(
            Unit unit,
            int year,
            RulesInForce rules,
            int peopleJudged,
            int collectivesJudged,
            List<Entry> eligible,
            List<Entry> nearMisses,
            List<Quotas.Check> quotas,
            List<Entry> held,
            List<PriorityShare> priorityShares) {}

    /**
     * Of the individuals eligible for an award, how many work or produce directly (or farm with a
     * production model). Neither the law nor the province's directive sets a share, so this is a
     * count to read, not a cap to enforce (docs/legal-reference.md §2.6).
     */
    public record PriorityShare(Award award, int priority, int eligible) {

        /** The share in percent, one decimal. */
        public double percent() {
            return eligible == 0 ? 0 : Math.round(priority * 1000.0 / eligible) / 10.0;
        }
    }

    @Transactional(readOnly = true)
    public UnitList forUnit(Long unitId, int year) {
        scope.requireRecords();
        Unit unit = units.require(unitId);
        List<Long> subtree = scope.subtree(unitId);
        Map<Long, Unit> byId = units.byId(subtree);
        LocalDate today = LocalDate.now(clock);
        List<Award> forPeople = encoded(Candidate.Kind.INDIVIDUAL, year);
        List<Award> forCollectives = encoded(Candidate.Kind.COLLECTIVE, year);
        List<Entry> eligible = new ArrayList<>();
        List<Entry> near = new ArrayList<>();
        List<Entry> held = new ArrayList<>();
        int[] people = {0};
        histories.forEach(HistoryReader.Selection.currentlyIn(subtree, today), read -> {
            people[0]++;
            Candidate candidate = Eligibility.candidateOf(read.history());
            boolean priority =
                    candidate.directWorker() || !candidate.productionModels().isEmpty();
            Unit at = read.unitAt() == null ? null : byId.get(read.unitAt());
            for (Award award : forPeople) {
                sort(
                        new Entry(
                                read.history().personId(),
                                Candidate.Kind.INDIVIDUAL,
                                read.fullName(),
                                at == null ? "" : at.getName(),
                                RuleBook.evaluate(award, year, Basis.REGULAR, candidate, today),
                                priority),
                        eligible,
                        near,
                        held);
            }
        });
        List<Unit> current = byId.values().stream()
                .filter(u -> u.activeOn(today) && u.getKind() != vn.thidua.organization.UnitKind.PROVINCE)
                .sorted(Comparator.comparing(Unit::getName))
                .toList();
        for (Unit collective : current) {
            Candidate candidate = Eligibility.candidateOf(collectives.historyOf(collective.getId(), year, year));
            for (Award award : forCollectives) {
                sort(
                        new Entry(
                                collective.getId(),
                                Candidate.Kind.COLLECTIVE,
                                collective.getName(),
                                byId.containsKey(collective.getParentId())
                                        ? byId.get(collective.getParentId()).getName()
                                        : "",
                                RuleBook.evaluate(award, year, Basis.REGULAR, candidate, today)),
                        eligible,
                        near,
                        held);
            }
        }
        // within an award, those the law puts first (direct workers, farmers) come first (Đ5)
        Comparator<Entry> order = Comparator.comparing((Entry e) -> e.award().ordinal())
                .thenComparing(e -> !e.priority())
                .thenComparing(Entry::name);
        eligible.sort(order);
        near.sort(order);
        return new UnitList(
                unit,
                year,
                RulesInForce.forYear(year),
                people[0],
                current.size(),
                eligible,
                near,
                checks(eligible, held, RulesInForce.forYear(year), year),
                held,
                priorityShares(eligible));
    }

    private static List<PriorityShare> priorityShares(List<Entry> eligible) {
        Map<Award, int[]> counts = new java.util.EnumMap<>(Award.class);
        for (Entry e : eligible) {
            if (e.kind() == Candidate.Kind.INDIVIDUAL) {
                int[] c = counts.computeIfAbsent(e.award(), a -> new int[2]);
                c[0] += e.priority() ? 1 : 0;
                c[1]++;
            }
        }
        return counts.entrySet().stream()
                .map(c -> new PriorityShare(c.getKey(), c.getValue()[0], c.getValue()[1]))
                .toList();
    }

    private static void sort(Entry entry, List<Entry> eligible, List<Entry> near, List<Entry> held) {
        Verdict v = entry.verdict();
        if (v.reasons().stream().anyMatch(r -> r.code().equals(ALREADY_HELD))) {
            held.add(entry);
        } else if (v.eligible()) {
            eligible.add(entry);
        } else if (v.reasons().size() == 1 && !FAR.contains(v.reasons().get(0).code())) {
            near.add(entry);
        }
    }

    /** R03: Chiến sĩ thi đua cơ sở within a share of Lao động tiên tiến; R10: the Government flag within a share of block leaders. */
    private List<Quotas.Check> checks(List<Entry> eligible, List<Entry> held, RulesInForce rules, int year) {
        List<Quotas.Check> checks = new ArrayList<>();
        Integer fighterShare = quotas.grassrootsFighterShare(rules);
        if (fighterShare != null) {
            int advanced = count(eligible, Award.ADVANCED_WORKER) + count(held, Award.ADVANCED_WORKER);
            checks.add(new Quotas.Check(
                    Award.GRASSROOTS_EMULATION_FIGHTER.name(),
                    fighterShare,
                    advanced,
                    Quotas.allowed(fighterShare, advanced),
                    count(eligible, Award.GRASSROOTS_EMULATION_FIGHTER)
                            + count(held, Award.GRASSROOTS_EMULATION_FIGHTER),
                    rules.before2024()));
        }
        int leaders = count(eligible, Award.PROVINCIAL_EMULATION_FLAG) + count(held, Award.PROVINCIAL_EMULATION_FLAG);
        if (leaders > 0) {
            checks.add(new Quotas.Check(
                    Award.GOVERNMENT_EMULATION_FLAG.name(),
                    quotas.governmentFlagShare(),
                    leaders,
                    Quotas.allowed(quotas.governmentFlagShare(), leaders),
                    count(eligible, Award.GOVERNMENT_EMULATION_FLAG) + count(held, Award.GOVERNMENT_EMULATION_FLAG),
                    true));
        }
        return checks;
    }

    private static int count(List<Entry> entries, Award award) {
        return (int) entries.stream().filter(e -> e.award() == award).count();
    }

    private static List<Award> encoded(Candidate.Kind kind, int year) {
        return Arrays.stream(Award.values())
                .filter(a -> RuleBook.covers(a, kind, year))
                .toList();
    }
}
