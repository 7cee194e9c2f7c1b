package vn.thidua.shared;

import java.util.Locale;

/**
 * The languages the application speaks: Vietnamese (the default) and English. Whatever a client
 * sends (a cookie, {@code ?lang=}) is one of these two, so nothing keyed by language can grow
 * with what clients invent.
 */
public final class Languages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    /** "en" (any case, any region: "en-GB", "EN_us") is English; anything else, or nothing, Vietnamese. */
    public static Locale of(String tag) {
        if (tag == null) {
            return VIETNAMESE;
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        return t.equals("en") || t.startsWith("en-") || t.startsWith("en_") ? ENGLISH : VIETNAMESE;
    }

    public static Locale of(Locale locale) {
        return locale == null ? VIETNAMESE : of(locale.toLanguageTag());
    }
}
