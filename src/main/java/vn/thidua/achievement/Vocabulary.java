package vn.thidua.achievement;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.thidua.shared.VietnameseText;

/**
 * The words legacy lists use for ratings, titles, forms, scopes and discipline — in full or
 * abbreviated, with or without diacritics — mapped to the system's values.
 */
public final class Vocabulary {

    private static final Map<String, Rating> RATINGS = new HashMap<>();
    private static final Map<String, Award> AWARDS = new HashMap<>();
    private static final Map<String, InitiativeScope> SCOPES = new HashMap<>();
    private static final Map<String, DisciplineForm> DISCIPLINE = new HashMap<>();
    private static final Map<String, Basis> BASES = new HashMap<>();
    private static final Map<Award, String> AWARD_NAMES = new java.util.EnumMap<>(Award.class);

    static {
        put(RATINGS, Rating.EXCELLENT, "Hoàn thành xuất sắc nhiệm vụ", "HTXSNV", "Xuất sắc");
        put(RATINGS, Rating.GOOD, "Hoàn thành tốt nhiệm vụ", "HTTNV", "Tốt");
        put(RATINGS, Rating.COMPLETED, "Hoàn thành nhiệm vụ", "HTNV");
        put(RATINGS, Rating.NOT_COMPLETED, "Không hoàn thành nhiệm vụ", "KHTNV");
        put(AWARDS, Award.ADVANCED_WORKER, "Lao động tiên tiến", "LĐTT");
        put(AWARDS, Award.GRASSROOTS_EMULATION_FIGHTER, "Chiến sĩ thi đua cơ sở", "CSTĐCS", "CSTĐ cơ sở");
        put(
                AWARDS,
                Award.PROVINCIAL_EMULATION_FIGHTER,
                "Chiến sĩ thi đua cấp tỉnh",
                "Chiến sĩ thi đua tỉnh",
                "CSTĐ tỉnh",
                "CSTĐ cấp tỉnh");
        put(AWARDS, Award.NATIONAL_EMULATION_FIGHTER, "Chiến sĩ thi đua toàn quốc", "CSTĐTQ", "CSTĐ toàn quốc");
        put(AWARDS, Award.ADVANCED_COLLECTIVE, "Tập thể lao động tiên tiến", "TTLĐTT");
        put(AWARDS, Award.EXCELLENT_COLLECTIVE, "Tập thể lao động xuất sắc", "TTLĐXS");
        put(AWARDS, Award.PROVINCIAL_EMULATION_FLAG, "Cờ thi đua của UBND tỉnh", "Cờ thi đua UBND tỉnh", "Cờ tỉnh");
        put(AWARDS, Award.GOVERNMENT_EMULATION_FLAG, "Cờ thi đua của Chính phủ", "Cờ Chính phủ", "Cờ CP");
        put(AWARDS, Award.CERTIFICATE_OF_COMMENDATION, "Giấy khen", "GK");
        put(
                AWARDS,
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                "Bằng khen của Chủ tịch UBND tỉnh",
                "Bằng khen UBND tỉnh",
                "Bằng khen của UBND tỉnh",
                "Bằng khen tỉnh",
                "BK tỉnh",
                "BK UBND tỉnh");
        put(
                AWARDS,
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                "Bằng khen của Thủ tướng Chính phủ",
                "Bằng khen Thủ tướng",
                "Bằng khen Thủ tướng Chính phủ",
                "BK TTg",
                "BKTTg");
        put(AWARDS, Award.LABOR_ORDER_THIRD_CLASS, "Huân chương Lao động hạng Ba", "HCLĐ hạng Ba", "HCLĐ hạng III");
        put(
                AWARDS,
                Award.LABOR_ORDER_FIRST_CLASS,
                "Huân chương Lao động hạng Nhất",
                "Huân chương Lao động hạng I",
                "Huân chương Lao động hạng 1",
                "HCLĐ hạng Nhất",
                "HCLĐ hạng I",
                "HCLĐ hạng 1");
        put(
                AWARDS,
                Award.LABOR_ORDER_SECOND_CLASS,
                "Huân chương Lao động hạng Nhì",
                "Huân chương Lao động hạng II",
                "Huân chương Lao động hạng 2",
                "HCLĐ hạng Nhì",
                "HCLĐ hạng II",
                "HCLĐ hạng 2");
        put(
                AWARDS,
                Award.INDEPENDENCE_ORDER_FIRST_CLASS,
                "Huân chương Độc lập hạng Nhất",
                "Huân chương Độc lập hạng I",
                "Huân chương Độc lập hạng 1",
                "HCĐL hạng Nhất",
                "HCĐL hạng I",
                "HCĐL hạng 1");
        put(
                AWARDS,
                Award.INDEPENDENCE_ORDER_SECOND_CLASS,
                "Huân chương Độc lập hạng Nhì",
                "Huân chương Độc lập hạng II",
                "Huân chương Độc lập hạng 2",
                "HCĐL hạng Nhì",
                "HCĐL hạng II",
                "HCĐL hạng 2");
        put(
                AWARDS,
                Award.INDEPENDENCE_ORDER_THIRD_CLASS,
                "Huân chương Độc lập hạng Ba",
                "Huân chương Độc lập hạng III",
                "Huân chương Độc lập hạng 3",
                "HCĐL hạng Ba",
                "HCĐL hạng III",
                "HCĐL hạng 3");
        put(
                AWARDS,
                Award.FATHERLAND_DEFENCE_ORDER_FIRST_CLASS,
                "Huân chương Bảo vệ Tổ quốc hạng Nhất",
                "Huân chương Bảo vệ Tổ quốc hạng I",
                "Huân chương Bảo vệ Tổ quốc hạng 1",
                "HCBVTQ hạng Nhất",
                "HCBVTQ hạng I",
                "HCBVTQ hạng 1");
        put(
                AWARDS,
                Award.FATHERLAND_DEFENCE_ORDER_SECOND_CLASS,
                "Huân chương Bảo vệ Tổ quốc hạng Nhì",
                "Huân chương Bảo vệ Tổ quốc hạng II",
                "Huân chương Bảo vệ Tổ quốc hạng 2",
                "HCBVTQ hạng Nhì",
                "HCBVTQ hạng II",
                "HCBVTQ hạng 2");
        put(
                AWARDS,
                Award.FATHERLAND_DEFENCE_ORDER_THIRD_CLASS,
                "Huân chương Bảo vệ Tổ quốc hạng Ba",
                "Huân chương Bảo vệ Tổ quốc hạng III",
                "Huân chương Bảo vệ Tổ quốc hạng 3",
                "HCBVTQ hạng Ba",
                "HCBVTQ hạng III",
                "HCBVTQ hạng 3");
        put(
                AWARDS,
                Award.FEAT_OF_ARMS_ORDER_FIRST_CLASS,
                "Huân chương Chiến công hạng Nhất",
                "Huân chương Chiến công hạng I",
                "Huân chương Chiến công hạng 1",
                "HCCC hạng Nhất",
                "HCCC hạng I",
                "HCCC hạng 1");
        put(
                AWARDS,
                Award.FEAT_OF_ARMS_ORDER_SECOND_CLASS,
                "Huân chương Chiến công hạng Nhì",
                "Huân chương Chiến công hạng II",
                "Huân chương Chiến công hạng 2",
                "HCCC hạng Nhì",
                "HCCC hạng II",
                "HCCC hạng 2");
        put(
                AWARDS,
                Award.FEAT_OF_ARMS_ORDER_THIRD_CLASS,
                "Huân chương Chiến công hạng Ba",
                "Huân chương Chiến công hạng III",
                "Huân chương Chiến công hạng 3",
                "HCCC hạng Ba",
                "HCCC hạng III",
                "HCCC hạng 3");
        put(AWARDS, Award.FRIENDSHIP_ORDER, "Huân chương Hữu nghị");
        put(AWARDS, Award.FRIENDSHIP_MEDAL, "Huy chương Hữu nghị");
        put(
                AWARDS,
                Award.HEROIC_VIETNAMESE_MOTHER,
                "Bà mẹ Việt Nam anh hùng",
                "Mẹ Việt Nam anh hùng",
                "BMVNAH",
                "MVNAH");
        put(
                AWARDS,
                Award.HERO_OF_THE_PEOPLES_ARMED_FORCES,
                "Anh hùng Lực lượng vũ trang nhân dân",
                "Anh hùng LLVTND",
                "AHLLVTND");
        put(AWARDS, Award.HERO_OF_LABOUR, "Anh hùng Lao động", "AHLĐ");
        put(AWARDS, Award.PEOPLES_TEACHER, "Nhà giáo Nhân dân", "NGND");
        put(AWARDS, Award.MERITORIOUS_TEACHER, "Nhà giáo Ưu tú", "NGƯT");
        put(AWARDS, Award.PEOPLES_PHYSICIAN, "Thầy thuốc Nhân dân", "TTND");
        put(AWARDS, Award.MERITORIOUS_PHYSICIAN, "Thầy thuốc Ưu tú", "TTƯT");
        put(AWARDS, Award.PEOPLES_ARTIST, "Nghệ sĩ Nhân dân", "NSND");
        put(AWARDS, Award.MERITORIOUS_ARTIST, "Nghệ sĩ Ưu tú", "NSƯT");
        put(AWARDS, Award.PEOPLES_ARTISAN, "Nghệ nhân Nhân dân", "NNND");
        put(AWARDS, Award.MERITORIOUS_ARTISAN, "Nghệ nhân Ưu tú", "NNƯT");
        put(AWARDS, Award.COMMEMORATIVE_MEDAL, "Kỷ niệm chương", "KNC");
        put(SCOPES, InitiativeScope.GRASSROOTS, "Cơ sở", "Cấp cơ sở", "Phạm vi cơ sở");
        put(SCOPES, InitiativeScope.DISTRICT, "Huyện", "Cấp huyện", "Phạm vi huyện", "Toàn huyện");
        put(SCOPES, InitiativeScope.PROVINCIAL, "Tỉnh", "Cấp tỉnh", "Phạm vi tỉnh", "Toàn tỉnh");
        put(SCOPES, InitiativeScope.NATIONAL, "Toàn quốc", "Cấp toàn quốc", "Phạm vi toàn quốc", "Quốc gia");
        put(DISCIPLINE, DisciplineForm.REPRIMAND, "Khiển trách");
        put(DISCIPLINE, DisciplineForm.WARNING, "Cảnh cáo");
        put(DISCIPLINE, DisciplineForm.SALARY_DOWNGRADE, "Hạ bậc lương");
        put(DISCIPLINE, DisciplineForm.DEMOTION, "Giáng chức");
        put(DISCIPLINE, DisciplineForm.REMOVAL_FROM_POST, "Cách chức");
        put(DISCIPLINE, DisciplineForm.DISMISSAL, "Buộc thôi việc");
        put(DISCIPLINE, DisciplineForm.OTHER, "Khác");
        put(BASES, Basis.REGULAR, "Thường xuyên", "Công trạng", "Theo công trạng và thành tích");
        put(BASES, Basis.THEMATIC, "Chuyên đề", "Theo chuyên đề", "Theo đợt", "Đợt");
        put(BASES, Basis.EXTRAORDINARY, "Đột xuất");
        put(BASES, Basis.LONG_SERVICE, "Quá trình cống hiến", "Cống hiến");
    }

    private Vocabulary() {}

    @SafeVarargs
    private static <T> void put(Map<String, T> map, T value, String... words) {
        if (value instanceof Award award) {
            AWARD_NAMES.putIfAbsent(award, words[0]);
        }
        for (String w : words) {
            map.put(key(w), value);
        }
        map.put(key(((Enum<?>) value).name()), value);
    }

    private static String key(String words) {
        return VietnameseText.fold(words).replaceAll("[^a-z0-9]", "");
    }

    public static Optional<Rating> rating(String words) {
        return Optional.ofNullable(RATINGS.get(key(words)));
    }

    /** The award's full Vietnamese name, as lists and decisions write it. */
    public static String name(Award award) {
        return AWARD_NAMES.getOrDefault(award, award.name());
    }

    public static Optional<Award> award(String words) {
        return Optional.ofNullable(AWARDS.get(key(words)));
    }

    /**
     * The award a list names in a longer phrase ("Đề nghị Thủ tướng Chính phủ tặng Bằng khen",
     * "Huân chương Lao động hạng Ba (lần 2)"): the exact words first, otherwise the longest award
     * name the phrase contains. Abbreviations are matched only whole, so "GK" inside another word
     * never counts.
     */
    public static Optional<Award> awardIn(String words) {
        Optional<Award> exact = award(words);
        if (exact.isPresent() || words == null) {
            return exact;
        }
        // "[Đề nghị] Thủ tướng Chính phủ tặng Bằng khen" is "Bằng khen của Thủ tướng Chính phủ"
        java.util.regex.Matcher giver = java.util.regex.Pattern.compile(
                        "^(?:de nghi\\s+)?(.+?)\\s+(?:trao\\s+)?tang\\s+(.+)$")
                .matcher(VietnameseText.fold(words).strip());
        if (giver.matches()) {
            Optional<Award> given =
                    award(giver.group(2) + " cua " + giver.group(1)).or(() -> award(giver.group(2)));
            if (given.isPresent()) {
                return given;
            }
        }
        String phrase = key(words);
        String best = null;
        for (String k : AWARDS.keySet()) {
            if (k.length() >= 8 && phrase.contains(k) && (best == null || k.length() > best.length())) {
                best = k;
            }
        }
        return best == null ? Optional.empty() : Optional.of(AWARDS.get(best));
    }

    public static Optional<InitiativeScope> scope(String words) {
        return Optional.ofNullable(SCOPES.get(key(words)));
    }

    public static Optional<Basis> basis(String words) {
        return Optional.ofNullable(BASES.get(key(words)));
    }

    public static Optional<DisciplineForm> discipline(String words) {
        return Optional.ofNullable(DISCIPLINE.get(key(words)));
    }
}
