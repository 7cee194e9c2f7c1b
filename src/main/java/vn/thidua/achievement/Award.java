package vn.thidua.achievement;

/** Titles (danh hiệu) and forms (hình thức) by their glossary identifiers. */
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
    LABOR_ORDER_THIRD_CLASS;

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
}
