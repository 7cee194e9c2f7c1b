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
        put(SCOPES, InitiativeScope.GRASSROOTS, "Cơ sở", "Cấp cơ sở", "Phạm vi cơ sở");
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
