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
                    rejection.legalReference().cite()
                },
                locale);
    }

    /** What is missing, for a near-miss list: "còn thiếu Chiến sĩ thi đua cơ sở năm 2023 (Điều 22 …)". */
    public static String shortfall(Rejection rejection, MessageSource messages, Locale locale) {
        return reason(rejection, messages, locale) + " ("
                + rejection.legalReference().cite() + ")";
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

    public static List<String> assumptions(Verdict verdict, MessageSource messages, Locale locale) {
        return verdict.assumed().stream()
                .sorted()
                .map(key -> messages.getMessage(key, null, key, locale))
                .toList();
    }
}
