package vn.thidua.eligibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.rules.AdvancedWorkerCriteria;
import vn.thidua.eligibility.rules.AdvancedWorkerCriteriaBefore2024;
import vn.thidua.eligibility.rules.GrassrootsEmulationFighterCriteria;
import vn.thidua.eligibility.rules.GrassrootsEmulationFighterCriteriaBefore2024;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForIndividuals;
import vn.thidua.eligibility.rules.NationalEmulationFighterCriteria;
import vn.thidua.eligibility.rules.NoDisciplineInThePeriod;
import vn.thidua.eligibility.rules.NoDisciplineInThePeriodBefore2024;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForIndividuals;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForIndividualsBefore2024;
import vn.thidua.eligibility.rules.ProvincialEmulationFighterCriteria;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForIndividuals;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForIndividualsBefore2024;

/**
 * Which provisions judge which award in which period (law.md §0, R29). An award or period not
 * encoded yet is refused with {@link NotEncoded}, never answered "eligible".
 */
public final class RuleBook {

    /** The provisions for one award in one period, and how many years its achievement covers. */
    record Entry(int years, List<Rule> rules, boolean individualsOnly) {}

    /** Asked for an award the rule book does not yet hold for that period. */
    public static final class NotEncoded extends RuntimeException {
        public NotEncoded(Award award, RulesInForce rules) {
            super(award + " is not yet encoded for " + rules);
        }
    }

    private static final Map<RulesInForce, Map<Award, Entry>> BOOK = new EnumMap<>(RulesInForce.class);

    static {
        IntFunction<Rule> newDiscipline = NoDisciplineInThePeriod::new;
        IntFunction<Rule> oldDiscipline = NoDisciplineInThePeriodBefore2024::new;
        Map<Award, Entry> law2022 = new EnumMap<>(Award.class);
        law2022.put(Award.ADVANCED_WORKER, entry(1, newDiscipline, new AdvancedWorkerCriteria()));
        law2022.put(
                Award.GRASSROOTS_EMULATION_FIGHTER, entry(1, newDiscipline, new GrassrootsEmulationFighterCriteria()));
        law2022.put(
                Award.PROVINCIAL_EMULATION_FIGHTER, entry(3, newDiscipline, new ProvincialEmulationFighterCriteria()));
        law2022.put(
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                entry(2, newDiscipline, new ProvincialMeritCertificateForIndividuals()));
        law2022.put(Award.NATIONAL_EMULATION_FIGHTER, entry(6, newDiscipline, new NationalEmulationFighterCriteria()));
        law2022.put(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                entry(5, newDiscipline, new PrimeMinisterMeritCertificateForIndividuals()));
        law2022.put(Award.LABOR_ORDER_THIRD_CLASS, entry(5, newDiscipline, new LaborOrderThirdClassForIndividuals()));
        BOOK.put(RulesInForce.LAW_2022_ND98, law2022);
        BOOK.put(RulesInForce.LAW_2022_ND152, law2022);

        Map<Award, Entry> law2003 = new EnumMap<>(Award.class);
        law2003.put(Award.ADVANCED_WORKER, entry(1, oldDiscipline, new AdvancedWorkerCriteriaBefore2024()));
        law2003.put(
                Award.GRASSROOTS_EMULATION_FIGHTER,
                entry(1, oldDiscipline, new GrassrootsEmulationFighterCriteriaBefore2024()));
        law2003.put(
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                entry(2, oldDiscipline, new ProvincialMeritCertificateForIndividualsBefore2024()));
        law2003.put(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                entry(5, oldDiscipline, new PrimeMinisterMeritCertificateForIndividualsBefore2024()));
        BOOK.put(RulesInForce.LAW_2003_ND91, law2003);
    }

    private RuleBook() {}

    private static Entry entry(int years, IntFunction<Rule> discipline, Rule criteria) {
        return new Entry(years, List.of(criteria, discipline.apply(years)), true);
    }

    /** Whether the award is encoded for the rules in force for that year's achievement. */
    public static boolean covers(Award award, int year) {
        return BOOK.getOrDefault(RulesInForce.forYear(year), Map.of()).containsKey(award);
    }

    /** Judges the candidate for the award, by the rules in force for the achievement ending in {@code year}. */
    public static Verdict evaluate(Award award, int year, Candidate candidate) {
        RulesInForce rules = RulesInForce.forYear(year);
        Entry entry = BOOK.getOrDefault(rules, Map.of()).get(award);
        if (entry == null) {
            throw new NotEncoded(award, rules);
        }
        Verdict.Builder verdict = new Verdict.Builder(award, rules);
        if (entry.individualsOnly() && candidate.kind() != Candidate.Kind.INDIVIDUAL) {
            verdict.add(Findings.of(entry.rules().get(0))
                    .reject("WRONG_KIND", "eligibility.individualsOnly", candidate.kind()));
        }
        for (Rule rule : entry.rules()) {
            verdict.add(rule.evaluate(candidate, year));
        }
        return verdict.build();
    }

    /** Every rule class in the book, for the coverage table. */
    public static List<Class<?>> ruleClasses() {
        return BOOK.values().stream()
                .flatMap(m -> m.values().stream())
                .flatMap(e -> e.rules().stream())
                .map(Object::getClass)
                .distinct()
                .<Class<?>>map(c -> c)
                .toList();
    }
}
