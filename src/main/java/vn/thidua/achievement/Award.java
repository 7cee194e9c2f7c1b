package vn.thidua.achievement;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.thidua.shared.InvalidInput;

/**
 * Titles (danh hiệu) and forms (hình thức) by their glossary identifiers, each with the kinds of
 * recipient it admits. That is the one rule every entry point checks (record forms and imports,
 * nominees, registrations, the API); the eligibility catalogue reads it from here, since this
 * module sits below eligibility.
 */
public enum Award {
    ADVANCED_WORKER,
    GRASSROOTS_EMULATION_FIGHTER,
    PROVINCIAL_EMULATION_FIGHTER,
    NATIONAL_EMULATION_FIGHTER,
    ADVANCED_COLLECTIVE,
    EXCELLENT_COLLECTIVE,
    PROVINCIAL_EMULATION_FLAG,
    GOVERNMENT_EMULATION_FLAG,
    CERTIFICATE_OF_COMMENDATION,
    PROVINCIAL_CERTIFICATE_OF_MERIT,
    PRIME_MINISTER_CERTIFICATE_OF_MERIT,
    LABOR_ORDER_THIRD_CLASS,
    // State honours the province only proposes upward; their criteria are not encoded (issue 17).
    LABOR_ORDER_FIRST_CLASS,
    LABOR_ORDER_SECOND_CLASS,
    INDEPENDENCE_ORDER_FIRST_CLASS,
    INDEPENDENCE_ORDER_SECOND_CLASS,
    INDEPENDENCE_ORDER_THIRD_CLASS,
    FATHERLAND_DEFENCE_ORDER_FIRST_CLASS,
    FATHERLAND_DEFENCE_ORDER_SECOND_CLASS,
    FATHERLAND_DEFENCE_ORDER_THIRD_CLASS,
    FEAT_OF_ARMS_ORDER_FIRST_CLASS,
    FEAT_OF_ARMS_ORDER_SECOND_CLASS,
    FEAT_OF_ARMS_ORDER_THIRD_CLASS,
    FRIENDSHIP_ORDER,
    FRIENDSHIP_MEDAL,
    HEROIC_VIETNAMESE_MOTHER,
    HERO_OF_THE_PEOPLES_ARMED_FORCES,
    HERO_OF_LABOUR,
    PEOPLES_TEACHER,
    MERITORIOUS_TEACHER,
    PEOPLES_PHYSICIAN,
    MERITORIOUS_PHYSICIAN,
    PEOPLES_ARTIST,
    MERITORIOUS_ARTIST,
    PEOPLES_ARTISAN,
    MERITORIOUS_ARTISAN,
    COMMEMORATIVE_MEDAL;

    /** Whether this is a title (danh hiệu, given for a year) rather than a form (hình thức, given on a date). */
    public boolean isTitle() {
        return switch (this) {
            case ADVANCED_WORKER,
                    GRASSROOTS_EMULATION_FIGHTER,
                    PROVINCIAL_EMULATION_FIGHTER,
                    NATIONAL_EMULATION_FIGHTER,
                    ADVANCED_COLLECTIVE,
                    EXCELLENT_COLLECTIVE,
                    PROVINCIAL_EMULATION_FLAG,
                    GOVERNMENT_EMULATION_FLAG -> true;
            default -> false;
        };
    }

    /**
     * Who may receive it (Luật TĐKT 2022 Đ21–28 for titles, Đ73–75 for forms, Đ44 for the Labour
     * Order): individual titles only to people, collective titles and the flags only to collectives,
     * the Giấy khen also to households, the other forms to people and collectives.
     */
    public Set<RecipientKind> recipients() {
        return switch (this) {
            case ADVANCED_WORKER,
                    GRASSROOTS_EMULATION_FIGHTER,
                    PROVINCIAL_EMULATION_FIGHTER,
                    NATIONAL_EMULATION_FIGHTER -> EnumSet.of(RecipientKind.INDIVIDUAL);
            case ADVANCED_COLLECTIVE, EXCELLENT_COLLECTIVE, PROVINCIAL_EMULATION_FLAG, GOVERNMENT_EMULATION_FLAG ->
                EnumSet.of(RecipientKind.COLLECTIVE);
            case CERTIFICATE_OF_COMMENDATION -> EnumSet.allOf(RecipientKind.class);
            case PROVINCIAL_CERTIFICATE_OF_MERIT,
                    PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                    LABOR_ORDER_THIRD_CLASS,
                    LABOR_ORDER_FIRST_CLASS,
                    LABOR_ORDER_SECOND_CLASS,
                    INDEPENDENCE_ORDER_FIRST_CLASS,
                    INDEPENDENCE_ORDER_SECOND_CLASS,
                    INDEPENDENCE_ORDER_THIRD_CLASS,
                    FATHERLAND_DEFENCE_ORDER_FIRST_CLASS,
                    FATHERLAND_DEFENCE_ORDER_SECOND_CLASS,
                    FATHERLAND_DEFENCE_ORDER_THIRD_CLASS,
                    FEAT_OF_ARMS_ORDER_FIRST_CLASS,
                    FEAT_OF_ARMS_ORDER_SECOND_CLASS,
                    FEAT_OF_ARMS_ORDER_THIRD_CLASS,
                    FRIENDSHIP_ORDER,
                    HERO_OF_THE_PEOPLES_ARMED_FORCES,
                    HERO_OF_LABOUR -> EnumSet.of(RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE);
            // honorary titles of people (Luật TĐKT 2022 Đ59–66), medals and commemorative medals
            case FRIENDSHIP_MEDAL,
                    HEROIC_VIETNAMESE_MOTHER,
                    PEOPLES_TEACHER,
                    MERITORIOUS_TEACHER,
                    PEOPLES_PHYSICIAN,
                    MERITORIOUS_PHYSICIAN,
                    PEOPLES_ARTIST,
                    MERITORIOUS_ARTIST,
                    PEOPLES_ARTISAN,
                    MERITORIOUS_ARTISAN,
                    COMMEMORATIVE_MEDAL -> EnumSet.of(RecipientKind.INDIVIDUAL);
        };
    }

    public boolean admits(RecipientKind kind) {
        return kind != null && recipients().contains(kind);
    }

    /** The awards a kind of recipient may receive, by name (for queries). */
    public static List<String> admitting(RecipientKind kind) {
        return java.util.Arrays.stream(values())
                .filter(a -> a.admits(kind))
                .map(Award::name)
                .toList();
    }

    /**
     * The problem when this award is given to a kind it does not admit, naming the field (and the
     * row of an import, 0 for a form): "“Cờ thi đua của Chính phủ” chỉ dành cho tập thể, không
     * trao cho cá nhân".
     */
    public java.util.Optional<InvalidInput.Problem> refused(RecipientKind kind, int row, String field) {
        if (admits(kind)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new InvalidInput.Problem(
                row,
                field,
                "validation.award.kind",
                List.of(
                        Vocabulary.name(this),
                        recipients().stream().map(RecipientKind::words).collect(Collectors.joining(", ")),
                        kind == null ? "" : kind.words())));
    }

    /** Refuses (with {@link InvalidInput}) the award for a kind it does not admit. */
    public void requireAdmits(RecipientKind kind, String field) {
        refused(kind, 0, field).ifPresent(p -> {
            throw new InvalidInput(List.of(p));
        });
    }
}
