package vn.thidua.eligibility;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.thidua.achievement.Award;

/** Verdicts in words: "Chưa đủ điều kiện: … (Điều 23 Luật Thi đua, khen thưởng 2022)". */
public final class Explanations {

    private Explanations() {}

    public static String explain(Rejection rejection, MessageSource messages, Locale locale) {
        return messages.getMessage(
                "eligibility.notYet",
                new Object[] {
                    reason(rejection, messages, locale),
                    cite(rejection.legalReference().cite(), messages, locale)
                },
                locale);
    }

    /** What is missing, for a near-miss list: "còn thiếu Chiến sĩ thi đua cơ sở năm 2023 (Điều 22 …)". */
    public static String shortfall(Rejection rejection, MessageSource messages, Locale locale) {
        return reason(rejection, messages, locale) + " ("
                + cite(rejection.legalReference().cite(), messages, locale) + ")";
    }

    private static String reason(Rejection rejection, MessageSource messages, Locale locale) {
        return messages.getMessage(
                rejection.messageKey(),
                rejection.args().stream()
                        .map(a -> a instanceof Award award
                                ? messages.getMessage("award." + award.name(), null, award.name(), locale)
                                : a instanceof Enum<?> e
                                        ? messages.getMessage("eligibility.value." + e.name(), null, e.name(), locale)
                                        : String.valueOf(a)) // years stay "2023", not "2.023"
                        .toArray(),
                rejection.messageKey(),
                locale);
    }

    /** The marker an [I]/[U] provision's citation carries ({@code LegalReference.cite()}). */
    static final String UNCONFIRMED_SUFFIX = " (căn cứ chưa được xác nhận)";

    /** A citation with its "not confirmed" marker in the reader's language. */
    public static String cite(String cited, MessageSource messages, Locale locale) {
        if (!cited.endsWith(UNCONFIRMED_SUFFIX)) {
            return cited;
        }
        String where = cited.substring(0, cited.length() - UNCONFIRMED_SUFFIX.length());
        return messages.getMessage("eligibility.unconfirmed.provision", new Object[] {where}, cited, locale);
    }

    /**
     * The unconfirmed bases a verdict rests on, in the reader's language: [I]/[U] provisions, the
     * fixed flag quota, the possible 2026 amendment (issue 17).
     */
    public static List<String> unconfirmed(Verdict verdict, MessageSource messages, Locale locale) {
        return verdict.unconfirmed().stream()
                .map(note -> note.equals(RuleBook.QUOTA_NOTE)
                        ? messages.getMessage("eligibility.unconfirmed.quota", null, note, locale)
                        : note.equals(RuleBook.AMENDMENT_NOTE)
                                ? messages.getMessage("eligibility.unconfirmed.amendment2026", null, note, locale)
                                : cite(note, messages, locale))
                .toList();
    }

    public static List<String> assumptions(Verdict verdict, MessageSource messages, Locale locale) {
        return verdict.assumed().stream()
                .sorted()
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
    }
}
