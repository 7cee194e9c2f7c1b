package vn.thidua.eligibility;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Candidate.Kind;
import vn.thidua.eligibility.rules.AdvancedCollectiveCriteria;
import vn.thidua.eligibility.rules.AdvancedCollectiveCriteriaBefore2024;
import vn.thidua.eligibility.rules.AdvancedWorkerCriteria;
import vn.thidua.eligibility.rules.AdvancedWorkerCriteriaBefore2024;
import vn.thidua.eligibility.rules.CertificateOfCommendationCriteria;
import vn.thidua.eligibility.rules.CertificateOfCommendationCriteriaBefore2024;
import vn.thidua.eligibility.rules.CertificateOfCommendationForAnAchievement;
import vn.thidua.eligibility.rules.CertificateOfCommendationForAnAchievementBefore2024;
import vn.thidua.eligibility.rules.CertificateOfCommendationForWorkersAndFarmers;
import vn.thidua.eligibility.rules.ExcellentCollectiveCriteria;
import vn.thidua.eligibility.rules.ExcellentCollectiveCriteriaBefore2024;
import vn.thidua.eligibility.rules.ExcellentCollectiveNoWarningDiscipline;
import vn.thidua.eligibility.rules.GovernmentEmulationFlagCriteria;
import vn.thidua.eligibility.rules.GovernmentEmulationFlagCriteriaBefore2024;
import vn.thidua.eligibility.rules.GovernmentEmulationFlagForAMovement;
import vn.thidua.eligibility.rules.GovernmentEmulationFlagForAMovementBefore2024;
import vn.thidua.eligibility.rules.GrassrootsEmulationFighterCriteria;
import vn.thidua.eligibility.rules.GrassrootsEmulationFighterCriteriaAmended2026;
import vn.thidua.eligibility.rules.GrassrootsEmulationFighterCriteriaBefore2024;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForASuddenAchievement;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForASuddenAchievementBefore2024;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForCollectives;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForCollectivesBefore2024;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForIndividuals;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForIndividualsBefore2024;
import vn.thidua.eligibility.rules.LaborOrderThirdClassForWorkersAndFarmersBefore2024;
import vn.thidua.eligibility.rules.NationalEmulationFighterCriteria;
import vn.thidua.eligibility.rules.NationalEmulationFighterCriteriaBefore2024;
import vn.thidua.eligibility.rules.NoDisciplineInThePeriod;
import vn.thidua.eligibility.rules.NoDisciplineInThePeriodBefore2024;
import vn.thidua.eligibility.rules.OneTitlePerYear;
import vn.thidua.eligibility.rules.OneTitlePerYearBefore2024;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForAnAchievement;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForAnAchievementBefore2024;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForCollectives;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForCollectivesBefore2024;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForIndividuals;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForIndividualsBefore2024;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForWorkersAndFarmers;
import vn.thidua.eligibility.rules.PrimeMinisterMeritCertificateForWorkersAndFarmersBefore2024;
import vn.thidua.eligibility.rules.ProvincialEmulationFighterCriteria;
import vn.thidua.eligibility.rules.ProvincialEmulationFighterCriteriaBefore2024;
import vn.thidua.eligibility.rules.ProvincialEmulationFlagCriteria;
import vn.thidua.eligibility.rules.ProvincialEmulationFlagCriteriaBefore2024;
import vn.thidua.eligibility.rules.ProvincialEmulationFlagForAMovement;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForAnAchievement;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForAnAchievementBefore2024;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForCollectives;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForCollectivesBefore2024;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForIndividuals;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForIndividualsBefore2024;
import vn.thidua.eligibility.rules.ProvincialMeritCertificateForWorkersAndFarmers;
import vn.thidua.eligibility.rules.TitlesOnTheRegularBasisOnly;

/**
 * Which provisions judge which award in which period (docs/legal-reference.md §0, R29). An award or period not
 * encoded yet is refused with {@link NotEncoded}, never answered "eligible".
 */
public final class RuleBook {

    /** The provisions for one award, one kind of candidate, one period; and the years its achievement covers. */
    record Entry(int years, List<Object> rules) {}

    /**
     * Asked for an award the rule book does not yet hold for that period, or for a kind of recipient
     * the award admits but whose criteria for that period are not encoded. The answer is "not
     * encoded", never a statement about the law (such as "not given to collectives").
     */
    public static final class NotEncoded extends RuntimeException {
        public NotEncoded(Award award, RulesInForce rules) {
            super("“" + vn.thidua.achievement.Vocabulary.name(award) + "” theo " + rules.title() + " (" + award
                    + " is not encoded for " + rules + ")");
        }

        public NotEncoded(Award award, Kind kind, RulesInForce rules) {
            super("“" + vn.thidua.achievement.Vocabulary.name(award) + "” cho "
                    + Catalogue.recipient(kind).words() + " theo " + rules.title()
                    + " (" + award + " for " + kind + " is not encoded for " + rules + ")");
        }
    }

    private static final Map<RulesInForce, Map<Award, Map<Kind, Entry>>> BOOK = new EnumMap<>(RulesInForce.class);

    /** Awards for one achievement (thematic or sudden): forms only, no chain of years (docs/legal-reference.md R18). */
    private static final Map<RulesInForce, Map<Award, Map<Kind, Entry>>> FOR_AN_ACHIEVEMENT =
            new EnumMap<>(RulesInForce.class);

    /** For a thematic movement only: the flags of Điều 25 khoản 3 and Điều 26 khoản 2, over the above. */
    private static final Map<RulesInForce, Map<Award, Map<Kind, Entry>>> FOR_A_MOVEMENT =
            new EnumMap<>(RulesInForce.class);

    /** For a sudden achievement only: Huân chương Lao động hạng Ba (Điều 44), over the above. */
    private static final Map<RulesInForce, Map<Award, Map<Kind, Entry>>> FOR_A_SUDDEN_ACHIEVEMENT =
            new EnumMap<>(RulesInForce.class);

    static {
        Book law2022 = new Book(NoDisciplineInThePeriod::new, OneTitlePerYear::new);
        law2022.individuals(Award.ADVANCED_WORKER, 1, new AdvancedWorkerCriteria());
        law2022.individuals(Award.GRASSROOTS_EMULATION_FIGHTER, 1, new GrassrootsEmulationFighterCriteria());
        law2022.individuals(Award.PROVINCIAL_EMULATION_FIGHTER, 3, new ProvincialEmulationFighterCriteria());
        law2022.individuals(Award.NATIONAL_EMULATION_FIGHTER, 6, new NationalEmulationFighterCriteria());
        law2022.put(
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                Kind.INDIVIDUAL,
                2,
                new Routes(
                        new ProvincialMeritCertificateForIndividuals(),
                        new ProvincialMeritCertificateForWorkersAndFarmers()));
        law2022.put(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                Kind.INDIVIDUAL,
                5,
                new Routes(
                        new PrimeMinisterMeritCertificateForIndividuals(),
                        new PrimeMinisterMeritCertificateForWorkersAndFarmers()));
        law2022.individuals(Award.LABOR_ORDER_THIRD_CLASS, 5, new LaborOrderThirdClassForIndividuals());
        law2022.collectives(Award.ADVANCED_COLLECTIVE, 1, new AdvancedCollectiveCriteria());
        law2022.put(
                Award.EXCELLENT_COLLECTIVE,
                Kind.COLLECTIVE,
                1,
                new ExcellentCollectiveCriteria(),
                new ExcellentCollectiveNoWarningDiscipline());
        law2022.collectives(Award.PROVINCIAL_EMULATION_FLAG, 1, new ProvincialEmulationFlagCriteria());
        law2022.collectives(Award.GOVERNMENT_EMULATION_FLAG, 1, new GovernmentEmulationFlagCriteria());
        law2022.collectives(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2, new ProvincialMeritCertificateForCollectives());
        law2022.collectives(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 5, new PrimeMinisterMeritCertificateForCollectives());
        law2022.collectives(Award.LABOR_ORDER_THIRD_CLASS, 5, new LaborOrderThirdClassForCollectives());
        Routes commendation = new Routes(
                new CertificateOfCommendationCriteria(), new CertificateOfCommendationForWorkersAndFarmers());
        for (Kind kind : Kind.values()) {
            law2022.put(Award.CERTIFICATE_OF_COMMENDATION, kind, 1, commendation);
        }
        BOOK.put(RulesInForce.LAW_2022_ND98, law2022.entries);
        BOOK.put(RulesInForce.LAW_2022_ND152, law2022.entries);
        Map<Award, Map<Kind, Entry>> amended2026 = new EnumMap<>(Award.class);
        amended2026.putAll(law2022.entries);
        Book changed2026 = new Book(NoDisciplineInThePeriod::new, OneTitlePerYear::new);
        changed2026.individuals(
                Award.GRASSROOTS_EMULATION_FIGHTER, 1, new GrassrootsEmulationFighterCriteriaAmended2026());
        amended2026.putAll(changed2026.entries);
        BOOK.put(RulesInForce.LAW_2022_AMENDED_2026, amended2026);

        Book achievement2022 = new Book(NoDisciplineInThePeriod::new, null);
        TitlesOnTheRegularBasisOnly regularOnly = new TitlesOnTheRegularBasisOnly();
        for (Award title :
                java.util.Arrays.stream(Award.values()).filter(Award::isTitle).toList()) {
            for (Kind kind : Kind.values()) {
                achievement2022.put(title, kind, 1, regularOnly);
            }
        }
        for (Kind kind : Kind.values()) {
            achievement2022.put(
                    Award.CERTIFICATE_OF_COMMENDATION, kind, 1, new CertificateOfCommendationForAnAchievement());
            achievement2022.put(
                    Award.PROVINCIAL_CERTIFICATE_OF_MERIT, kind, 1, new ProvincialMeritCertificateForAnAchievement());
        }
        achievement2022.individuals(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 1, new PrimeMinisterMeritCertificateForAnAchievement());
        achievement2022.collectives(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 1, new PrimeMinisterMeritCertificateForAnAchievement());
        FOR_AN_ACHIEVEMENT.put(RulesInForce.LAW_2022_ND98, achievement2022.entries);
        FOR_AN_ACHIEVEMENT.put(RulesInForce.LAW_2022_ND152, achievement2022.entries);
        FOR_AN_ACHIEVEMENT.put(RulesInForce.LAW_2022_AMENDED_2026, achievement2022.entries);

        Book movement2022 = new Book(NoDisciplineInThePeriod::new, null);
        movement2022.collectives(Award.GOVERNMENT_EMULATION_FLAG, 1, new GovernmentEmulationFlagForAMovement());
        movement2022.collectives(Award.PROVINCIAL_EMULATION_FLAG, 1, new ProvincialEmulationFlagForAMovement());
        Book sudden2022 = new Book(NoDisciplineInThePeriod::new, null);
        LaborOrderThirdClassForASuddenAchievement sudden = new LaborOrderThirdClassForASuddenAchievement();
        sudden2022.individuals(Award.LABOR_ORDER_THIRD_CLASS, 1, sudden);
        sudden2022.collectives(Award.LABOR_ORDER_THIRD_CLASS, 1, sudden);
        for (RulesInForce rules :
                List.of(RulesInForce.LAW_2022_ND98, RulesInForce.LAW_2022_ND152, RulesInForce.LAW_2022_AMENDED_2026)) {
            FOR_A_MOVEMENT.put(rules, movement2022.entries);
            FOR_A_SUDDEN_ACHIEVEMENT.put(rules, sudden2022.entries);
        }

        Book law2003 = new Book(NoDisciplineInThePeriodBefore2024::new, OneTitlePerYearBefore2024::new);
        law2003.individuals(Award.ADVANCED_WORKER, 1, new AdvancedWorkerCriteriaBefore2024());
        law2003.individuals(Award.GRASSROOTS_EMULATION_FIGHTER, 1, new GrassrootsEmulationFighterCriteriaBefore2024());
        law2003.individuals(
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2, new ProvincialMeritCertificateForIndividualsBefore2024());
        law2003.put(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                Kind.INDIVIDUAL,
                5,
                new Routes(
                        new PrimeMinisterMeritCertificateForIndividualsBefore2024(),
                        new PrimeMinisterMeritCertificateForWorkersAndFarmersBefore2024()));
        law2003.collectives(Award.ADVANCED_COLLECTIVE, 1, new AdvancedCollectiveCriteriaBefore2024());
        law2003.collectives(Award.EXCELLENT_COLLECTIVE, 1, new ExcellentCollectiveCriteriaBefore2024());
        law2003.collectives(Award.PROVINCIAL_EMULATION_FLAG, 1, new ProvincialEmulationFlagCriteriaBefore2024());
        law2003.collectives(Award.GOVERNMENT_EMULATION_FLAG, 1, new GovernmentEmulationFlagCriteriaBefore2024());
        law2003.collectives(
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2, new ProvincialMeritCertificateForCollectivesBefore2024());
        law2003.individuals(Award.PROVINCIAL_EMULATION_FIGHTER, 3, new ProvincialEmulationFighterCriteriaBefore2024());
        law2003.individuals(Award.NATIONAL_EMULATION_FIGHTER, 6, new NationalEmulationFighterCriteriaBefore2024());
        law2003.put(
                Award.LABOR_ORDER_THIRD_CLASS,
                Kind.INDIVIDUAL,
                5,
                new Routes(
                        new LaborOrderThirdClassForIndividualsBefore2024(),
                        new LaborOrderThirdClassForWorkersAndFarmersBefore2024()));
        law2003.collectives(Award.LABOR_ORDER_THIRD_CLASS, 5, new LaborOrderThirdClassForCollectivesBefore2024());
        law2003.collectives(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                5,
                new PrimeMinisterMeritCertificateForCollectivesBefore2024());
        CertificateOfCommendationCriteriaBefore2024 commendationBefore2024 =
                new CertificateOfCommendationCriteriaBefore2024();
        for (Kind kind : Kind.values()) {
            law2003.put(Award.CERTIFICATE_OF_COMMENDATION, kind, 1, commendationBefore2024);
        }
        BOOK.put(RulesInForce.LAW_2003_ND91, law2003.entries);

        Book achievement2003 = new Book(NoDisciplineInThePeriodBefore2024::new, null);
        for (Kind kind : Kind.values()) {
            achievement2003.put(
                    Award.CERTIFICATE_OF_COMMENDATION,
                    kind,
                    1,
                    new CertificateOfCommendationForAnAchievementBefore2024());
            achievement2003.put(
                    Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                    kind,
                    1,
                    new ProvincialMeritCertificateForAnAchievementBefore2024());
        }
        achievement2003.individuals(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                1,
                new PrimeMinisterMeritCertificateForAnAchievementBefore2024());
        achievement2003.collectives(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                1,
                new PrimeMinisterMeritCertificateForAnAchievementBefore2024());
        FOR_AN_ACHIEVEMENT.put(RulesInForce.LAW_2003_ND91, achievement2003.entries);

        // NĐ 65/2014 Điều 6 khoản 3 and Điều 17 khoản 1 điểm a, kept by NĐ 91/2017 (docs/legal-reference.md §2.8);
        // the thematic Cờ tỉnh before 2024 has no text found: it stays "not encoded"
        Book movement2003 = new Book(NoDisciplineInThePeriodBefore2024::new, null);
        movement2003.collectives(
                Award.GOVERNMENT_EMULATION_FLAG, 1, new GovernmentEmulationFlagForAMovementBefore2024());
        FOR_A_MOVEMENT.put(RulesInForce.LAW_2003_ND91, movement2003.entries);
        Book sudden2003 = new Book(NoDisciplineInThePeriodBefore2024::new, null);
        LaborOrderThirdClassForASuddenAchievementBefore2024 suddenBefore2024 =
                new LaborOrderThirdClassForASuddenAchievementBefore2024();
        sudden2003.individuals(Award.LABOR_ORDER_THIRD_CLASS, 1, suddenBefore2024);
        sudden2003.collectives(Award.LABOR_ORDER_THIRD_CLASS, 1, suddenBefore2024);
        FOR_A_SUDDEN_ACHIEVEMENT.put(RulesInForce.LAW_2003_ND91, sudden2003.entries);
    }

    /** One period's entries while they are written. */
    private static final class Book {
        private final Map<Award, Map<Kind, Entry>> entries = new EnumMap<>(Award.class);
        private final IntFunction<Rule> discipline;
        private final java.util.function.Function<Award, Rule> oncePerYear;

        /** {@code oncePerYear}: the rule refusing a title already held for the year; null for one achievement. */
        Book(IntFunction<Rule> discipline, java.util.function.Function<Award, Rule> oncePerYear) {
            this.discipline = discipline;
            this.oncePerYear = oncePerYear;
        }

        void individuals(Award award, int years, Rule criteria) {
            put(award, Kind.INDIVIDUAL, years, criteria);
        }

        void collectives(Award award, int years, Rule criteria) {
            put(award, Kind.COLLECTIVE, years, criteria);
        }

        void put(Award award, Kind kind, int years, Rule criteria) {
            put(award, kind, years, (Object) criteria);
        }

        /** Criteria as one rule, alternative {@link Routes}, or several rules all applying. */
        void put(Award award, Kind kind, int years, Object... criteria) {
            List<Object> rules = new java.util.ArrayList<>(List.of(criteria));
            if (oncePerYear != null && award.isTitle()) {
                rules.add(oncePerYear.apply(award));
            }
            rules.add(discipline.apply(years));
            entries.computeIfAbsent(award, a -> new EnumMap<>(Kind.class))
                    .put(kind, new Entry(years, List.copyOf(rules)));
        }
    }

    private RuleBook() {}

    /** Whether the award is encoded for this kind of candidate under the rules for that year's achievement. */
    public static boolean covers(Award award, Kind kind, int year) {
        return BOOK.getOrDefault(RulesInForce.forYear(year), Map.of())
                .getOrDefault(award, Map.of())
                .containsKey(kind);
    }

    /** Whether the award's criteria are encoded for any period, kind or basis. */
    public static boolean encodes(Award award) {
        return books().anyMatch(byAward -> byAward.containsKey(award));
    }

    /** How many years, ending with the judged one, the achievement for this award covers. */
    public static int yearsCovered(Award award, Kind kind, int year) {
        Entry entry = entryFor(award, kind, year);
        return entry == null ? 1 : entry.years();
    }

    /** Judges the candidate for the award, by the rules in force for the achievement ending in {@code year}. */
    public static Verdict evaluate(Award award, int year, Candidate candidate) {
        return evaluate(award, year, Basis.REGULAR, candidate);
    }

    /**
     * Judges on a basis: regular (years of work, with the chains), or thematic / sudden (one
     * achievement: forms only). Long service needs tenure tables no history here holds: not encoded.
     */
    public static Verdict evaluate(Award award, int year, Basis basis, Candidate candidate) {
        return evaluate(award, year, basis, candidate, null);
    }

    /** From this year on the 2026 amendment (docs/legal-reference.md §0 [U]) may have changed the rules. */
    static final int AMENDMENT_2026_YEAR = 2026;

    static final String QUOTA_NOTE = "Chỉ tiêu Cờ thi đua cấp tỉnh mỗi khối cố định là 1 tập thể dẫn đầu"
            + " (docs/legal-reference.md R09, mặc định; căn cứ chưa được xác nhận)";

    static final String AMENDMENT_NOTE = "Thành tích từ năm 2026: Luật TĐKT sửa đổi năm 2026 có thể đã thay đổi"
            + " điều kiện (căn cứ chưa được xác nhận)";

    /**
     * Judges as on a review date (the day the proposal is considered; null: not known): discipline in
     * force that day refuses too, even if it began after the achievement's years (NĐ 98/2023 Điều 4).
     */
    public static Verdict evaluate(
            Award award, int year, Basis basis, Candidate candidate, java.time.LocalDate reviewDate) {
        RulesInForce rules = RulesInForce.forYear(year);
        Map<RulesInForce, Map<Award, Map<Kind, Entry>>> book = switch (basis) {
            case REGULAR -> BOOK;
            case THEMATIC, EXTRAORDINARY -> FOR_AN_ACHIEVEMENT;
            case LONG_SERVICE -> Map.of();
        };
        Map<RulesInForce, Map<Award, Map<Kind, Entry>>> special = switch (basis) {
            case THEMATIC -> FOR_A_MOVEMENT;
            case EXTRAORDINARY -> FOR_A_SUDDEN_ACHIEVEMENT;
            default -> Map.of();
        };
        Map<Kind, Entry> byKind = special.getOrDefault(rules, Map.of()).get(award);
        if (byKind == null) {
            byKind = book.getOrDefault(rules, Map.of()).get(award);
        }
        if (byKind == null) {
            throw new NotEncoded(award, rules);
        }
        Verdict.Builder verdict = new Verdict.Builder(award, rules);
        Entry entry = byKind.get(candidate.kind());
        if (entry == null && Catalogue.admits(award, candidate.kind())) {
            throw new NotEncoded(award, candidate.kind(), rules);
        }
        if (entry == null) {
            Entry any = byKind.values().iterator().next();
            Object first = any.rules().get(0);
            return verdict.add(
                            Findings.of(first instanceof Routes r ? r.routes().get(0) : first)
                                    .reject("WRONG_KIND", "eligibility.wrongKind", candidate.kind()))
                    .build();
        }
        for (Object judged : entry.rules()) {
            if (judged instanceof Routes routes) {
                routes.judge(candidate, year, reviewDate).forEach(verdict::add);
            } else {
                Rule rule = (Rule) judged;
                verdict.add(
                        reviewDate == null
                                ? rule.evaluate(candidate, year)
                                : rule.evaluate(candidate, year, reviewDate));
            }
        }
        if (award == Award.PROVINCIAL_EMULATION_FLAG && basis == Basis.REGULAR) {
            verdict.unconfirmed(QUOTA_NOTE);
        }
        if (year >= AMENDMENT_2026_YEAR) {
            verdict.unconfirmed(AMENDMENT_NOTE);
        }
        return verdict.build();
    }

    private static java.util.stream.Stream<Map<Award, Map<Kind, Entry>>> books() {
        return java.util.stream.Stream.of(BOOK, FOR_AN_ACHIEVEMENT, FOR_A_MOVEMENT, FOR_A_SUDDEN_ACHIEVEMENT)
                .flatMap(b -> b.values().stream());
    }

    private static Entry entryFor(Award award, Kind kind, int year) {
        return BOOK.getOrDefault(RulesInForce.forYear(year), Map.of())
                .getOrDefault(award, Map.of())
                .get(kind);
    }

    /** Every rule class in the book, for the coverage table. */
    public static List<Class<?>> ruleClasses() {
        return books().flatMap(m -> m.values().stream())
                .flatMap(m -> m.values().stream())
                .flatMap(e -> e.rules().stream())
                .flatMap(r -> r instanceof Routes routes
                        ? routes.routes().stream().map(Object.class::cast)
                        : java.util.stream.Stream.of(r))
                .map(Object::getClass)
                .distinct()
                .<Class<?>>map(c -> c)
                .toList();
    }
}
