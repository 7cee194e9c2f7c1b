package vn.thidua.eligibility;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.RecipientKind;
import vn.thidua.eligibility.Candidate.Kind;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Every title and form the province awards or proposes upward (docs/legal-reference.md §1–2): who decides it, to
 * whom, how often, the article that sets it, and its award money as a multiple of the base salary
 * by period and recipient kind, each figure with docs/legal-reference.md's certainty.
 */
public final class Catalogue {

    /** Who decides the award. */
    public enum Decider {
        /** Thủ trưởng đơn vị, giám đốc sở, chủ tịch UBND xã (Đ80). */
        UNIT_HEAD,
        /** Chủ tịch UBND tỉnh (Đ79). */
        PROVINCIAL_CHAIRMAN,
        /** Thủ tướng Chính phủ, on the province's proposal. */
        PRIME_MINISTER,
        /** Chủ tịch nước, on the Government's proposal. */
        PRESIDENT,
        /** A ministry or central body, for its own Kỷ niệm chương, on the province's proposal. */
        CENTRAL_BODY
    }

    /** How often it may be given. */
    public enum Frequency {
        YEARLY,
        WHEN_EARNED
    }

    /** A multiple of the base salary and how sure docs/legal-reference.md is of it. */
    public record Multiple(BigDecimal value, Certainty certainty) {

        static Multiple of(String value, Certainty certainty) {
            return new Multiple(new BigDecimal(value), certainty);
        }
    }

    /** One award of the catalogue. */
    public record Entry(
            Award award,
            Decider decider,
            Set<Kind> recipients,
            Frequency frequency,
            String basis,
            Map<RulesInForce, Map<Kind, Multiple>> money) {

        public boolean proposedUpward() {
            return decider == Decider.PRIME_MINISTER || decider == Decider.PRESIDENT || decider == Decider.CENTRAL_BODY;
        }

        /**
         * Whether the rule book holds its criteria for at least one period and kind: the state
         * honours the province only proposes upward are catalogued ("criteria not encoded") so
         * lists naming them are understood, and the engine answers "not encoded" for them.
         */
        public boolean criteriaEncoded() {
            return RuleBook.encodes(award);
        }

        /** The multiple for a decision taken under these rules, for this kind of recipient. */
        public Optional<Multiple> multiple(RulesInForce rules, Kind kind) {
            return Optional.ofNullable(money.getOrDefault(rules, Map.of()).get(kind));
        }
    }

    private static final Map<Award, Entry> ENTRIES = new EnumMap<>(Award.class);

    static {
        Certainty c = Certainty.CONFIRMED;
        Certainty i = Certainty.INFERRED;
        Certainty u = Certainty.UNCONFIRMED;
        title(Award.ADVANCED_WORKER, Decider.UNIT_HEAD, Kind.INDIVIDUAL, "Điều 24 Luật TĐKT 2022", "0.3");
        title(Award.GRASSROOTS_EMULATION_FIGHTER, Decider.UNIT_HEAD, Kind.INDIVIDUAL, "Điều 23 Luật TĐKT 2022", "1.0");
        title(
                Award.PROVINCIAL_EMULATION_FIGHTER,
                Decider.PROVINCIAL_CHAIRMAN,
                Kind.INDIVIDUAL,
                "Điều 22 Luật TĐKT 2022",
                "3.0");
        title(
                Award.NATIONAL_EMULATION_FIGHTER,
                Decider.PRIME_MINISTER,
                Kind.INDIVIDUAL,
                "Điều 21 Luật TĐKT 2022",
                "4.5");
        title(Award.ADVANCED_COLLECTIVE, Decider.UNIT_HEAD, Kind.COLLECTIVE, "Điều 28 Luật TĐKT 2022", "0.8");
        title(
                Award.EXCELLENT_COLLECTIVE,
                Decider.PROVINCIAL_CHAIRMAN,
                Kind.COLLECTIVE,
                "Điều 27 Luật TĐKT 2022",
                "1.5");
        title(
                Award.PROVINCIAL_EMULATION_FLAG,
                Decider.PROVINCIAL_CHAIRMAN,
                Kind.COLLECTIVE,
                "Điều 26 Luật TĐKT 2022",
                "8.0");
        title(
                Award.GOVERNMENT_EMULATION_FLAG,
                Decider.PRIME_MINISTER,
                Kind.COLLECTIVE,
                "Điều 25 Luật TĐKT 2022",
                "12.0");
        form(
                Award.CERTIFICATE_OF_COMMENDATION,
                Decider.UNIT_HEAD,
                "Điều 75 Luật TĐKT 2022",
                Map.of(
                        RulesInForce.LAW_2003_ND91, pair("0.3", c, "0.6", c),
                        RulesInForce.LAW_2022_ND98, pair("0.3", i, "0.6", i),
                        RulesInForce.LAW_2022_ND152, pair("0.3", i, "0.6", i)));
        form(
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                Decider.PROVINCIAL_CHAIRMAN,
                "Điều 74 Luật TĐKT 2022",
                Map.of(
                        RulesInForce.LAW_2003_ND91, pair("1.0", c, "2.0", c),
                        RulesInForce.LAW_2022_ND98, pair("1.0", u, "2.0", u),
                        RulesInForce.LAW_2022_ND152, pair("1.5", c, "3.0", i)));
        form(
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                Decider.PRIME_MINISTER,
                "Điều 73 Luật TĐKT 2022",
                Map.of(
                        RulesInForce.LAW_2003_ND91, pair("3.5", c, "7.0", c),
                        RulesInForce.LAW_2022_ND98, pair("3.5", i, "7.0", i),
                        RulesInForce.LAW_2022_ND152, pair("3.5", c, "7.0", i)));
        form(
                Award.LABOR_ORDER_THIRD_CLASS,
                Decider.PRESIDENT,
                "Điều 44 Luật TĐKT 2022",
                Map.of(
                        RulesInForce.LAW_2003_ND91, pair("4.5", c, "9.0", c),
                        RulesInForce.LAW_2022_ND98, pair("4.5", c, "9.0", c),
                        RulesInForce.LAW_2022_ND152, pair("4.5", c, "9.0", c)));
    }

    static {
        // The state honours a province proposes upward (Luật TĐKT 2022 Đ9; docs/legal-reference.md §2.1):
        // catalogued by name and article, their criteria not encoded.
        upward(Award.LABOR_ORDER_FIRST_CLASS, Decider.PRESIDENT, "Điều 44 Luật TĐKT 2022");
        upward(Award.LABOR_ORDER_SECOND_CLASS, Decider.PRESIDENT, "Điều 44 Luật TĐKT 2022");
        upward(Award.INDEPENDENCE_ORDER_FIRST_CLASS, Decider.PRESIDENT, "Điều 42 Luật TĐKT 2022");
        upward(Award.INDEPENDENCE_ORDER_SECOND_CLASS, Decider.PRESIDENT, "Điều 42 Luật TĐKT 2022");
        upward(Award.INDEPENDENCE_ORDER_THIRD_CLASS, Decider.PRESIDENT, "Điều 42 Luật TĐKT 2022");
        upward(Award.FATHERLAND_DEFENCE_ORDER_FIRST_CLASS, Decider.PRESIDENT, "Điều 45 Luật TĐKT 2022");
        upward(Award.FATHERLAND_DEFENCE_ORDER_SECOND_CLASS, Decider.PRESIDENT, "Điều 45 Luật TĐKT 2022");
        upward(Award.FATHERLAND_DEFENCE_ORDER_THIRD_CLASS, Decider.PRESIDENT, "Điều 45 Luật TĐKT 2022");
        upward(Award.FEAT_OF_ARMS_ORDER_FIRST_CLASS, Decider.PRESIDENT, "Điều 46 Luật TĐKT 2022");
        upward(Award.FEAT_OF_ARMS_ORDER_SECOND_CLASS, Decider.PRESIDENT, "Điều 46 Luật TĐKT 2022");
        upward(Award.FEAT_OF_ARMS_ORDER_THIRD_CLASS, Decider.PRESIDENT, "Điều 46 Luật TĐKT 2022");
        upward(Award.FRIENDSHIP_ORDER, Decider.PRESIDENT, "Điều 49 Luật TĐKT 2022");
        upward(Award.FRIENDSHIP_MEDAL, Decider.PRESIDENT, "Điều 54 Luật TĐKT 2022");
        upward(Award.HEROIC_VIETNAMESE_MOTHER, Decider.PRESIDENT, "Điều 60 Luật TĐKT 2022");
        upward(Award.HERO_OF_THE_PEOPLES_ARMED_FORCES, Decider.PRESIDENT, "Điều 61 Luật TĐKT 2022");
        upward(Award.HERO_OF_LABOUR, Decider.PRESIDENT, "Điều 62 Luật TĐKT 2022");
        upward(Award.PEOPLES_TEACHER, Decider.PRESIDENT, "Điều 63 Luật TĐKT 2022");
        upward(Award.MERITORIOUS_TEACHER, Decider.PRESIDENT, "Điều 63 Luật TĐKT 2022");
        upward(Award.PEOPLES_PHYSICIAN, Decider.PRESIDENT, "Điều 64 Luật TĐKT 2022");
        upward(Award.MERITORIOUS_PHYSICIAN, Decider.PRESIDENT, "Điều 64 Luật TĐKT 2022");
        upward(Award.PEOPLES_ARTIST, Decider.PRESIDENT, "Điều 65 Luật TĐKT 2022");
        upward(Award.MERITORIOUS_ARTIST, Decider.PRESIDENT, "Điều 65 Luật TĐKT 2022");
        upward(Award.PEOPLES_ARTISAN, Decider.PRESIDENT, "Điều 66 Luật TĐKT 2022");
        upward(Award.MERITORIOUS_ARTISAN, Decider.PRESIDENT, "Điều 66 Luật TĐKT 2022");
        upward(Award.COMMEMORATIVE_MEDAL, Decider.CENTRAL_BODY, "Điều 72 Luật TĐKT 2022");
        for (Award award : Award.values()) {
            if (!ENTRIES.containsKey(award)) {
                throw new IllegalStateException(award + " is missing from the catalogue");
            }
        }
    }

    private Catalogue() {}

    /** An honour the province only proposes upward: no money figures held here, criteria not encoded. */
    private static void upward(Award award, Decider decider, String basis) {
        ENTRIES.put(award, new Entry(award, decider, kinds(award), Frequency.WHEN_EARNED, basis, Map.of()));
    }

    /** A title's multiple is the same in every period (NĐ 91 Đ69, NĐ 98 Đ54, NĐ 152 [C]). */
    private static void title(Award award, Decider decider, Kind kind, String basis, String multiple) {
        if (!kinds(award).contains(kind)) {
            throw new IllegalStateException(award + " pays " + kind + " but does not admit it");
        }
        Map<RulesInForce, Map<Kind, Multiple>> money = new EnumMap<>(RulesInForce.class);
        for (RulesInForce rules : RulesInForce.values()) {
            money.put(rules, Map.of(kind, Multiple.of(multiple, Certainty.CONFIRMED)));
        }
        ENTRIES.put(award, new Entry(award, decider, kinds(award), Frequency.YEARLY, basis, money));
    }

    private static void form(Award award, Decider decider, String basis, Map<RulesInForce, Map<Kind, Multiple>> money) {
        Set<Kind> kinds = kinds(award);
        Map<RulesInForce, Map<Kind, Multiple>> withAmendment = new EnumMap<>(money);
        // the 2026 amendment changes the law, not the decree that sets the money
        withAmendment.put(RulesInForce.LAW_2022_AMENDED_2026, money.get(RulesInForce.LAW_2022_ND152));
        ENTRIES.put(award, new Entry(award, decider, kinds, Frequency.WHEN_EARNED, basis, withAmendment));
    }

    /** Individual and collective multiples: a collective receives twice the individual amount for forms. */
    private static Map<Kind, Multiple> pair(String individual, Certainty ci, String collective, Certainty cc) {
        return Map.of(
                Kind.INDIVIDUAL, Multiple.of(individual, ci),
                Kind.COLLECTIVE, Multiple.of(collective, cc),
                Kind.HOUSEHOLD, Multiple.of(individual, Certainty.INFERRED));
    }

    /** The kinds of recipient the award admits: {@link Award#recipients()}, the one rule every entry point checks. */
    static Set<Kind> kinds(Award award) {
        return award.recipients().stream()
                .map(Catalogue::kind)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The candidate kind of a recipient kind (the same three, named alike). */
    public static Kind kind(RecipientKind kind) {
        return Kind.valueOf(kind.name());
    }

    /** The recipient kind of a candidate kind. */
    public static RecipientKind recipient(Kind kind) {
        return RecipientKind.valueOf(kind.name());
    }

    /** Whether the award may go to this kind of candidate. */
    public static boolean admits(Award award, Kind kind) {
        return kind != null && award.admits(recipient(kind));
    }

    public static Entry of(Award award) {
        return ENTRIES.get(award);
    }

    public static List<Entry> all() {
        return List.copyOf(ENTRIES.values());
    }
}
