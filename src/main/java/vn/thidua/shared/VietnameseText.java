package vn.thidua.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text at the system's boundary: every input is normalised to NFC (Excel files and some
 * keyboards send decomposed marks), and search compares a folded form without diacritics or case,
 * so "nguyen thi anh tuyet" finds "Nguyễn Thị Ánh Tuyết".
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * One collator per thread: {@code RuleBasedCollator.compare} is synchronized, and one shared
     * instance made every page that sorts the units queue on its lock (ADR 0026).
     */
    private static final ThreadLocal<java.text.Collator> COLLATOR =
            ThreadLocal.withInitial(() -> java.text.Collator.getInstance(Locale.forLanguageTag("vi")));

    private VietnameseText() {}

    /** NFC, trimmed, inner white space collapsed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc.strip()).replaceAll(" ");
    }

    /** Orders Vietnamese text the way a reader expects (Collator for "vi"): "Đ" after "D". */
    public static int compare(String a, String b) {
        return COLLATOR.get().compare(a == null ? "" : a, b == null ? "" : b);
    }

    /**
     * The items in the order of {@link #compare} on the given text, each text turned into its
     * collation key once (n keys instead of n log n collator comparisons); equal texts keep their
     * order.
     */
    public static <T> java.util.List<T> sorted(
            java.util.Collection<T> items, java.util.function.Function<? super T, String> text) {
        java.text.Collator collator = COLLATOR.get();
        record Keyed<T>(java.text.CollationKey key, T item) {}
        java.util.List<Keyed<T>> keyed = new java.util.ArrayList<>(items.size());
        for (T item : items) {
            String t = text.apply(item);
            keyed.add(new Keyed<>(collator.getCollationKey(t == null ? "" : t), item));
        }
        keyed.sort((a, b) -> a.key().compareTo(b.key()));
        java.util.List<T> result = new java.util.ArrayList<>(keyed.size());
        for (Keyed<T> k : keyed) {
            result.add(k.item());
        }
        return java.util.Collections.unmodifiableList(result);
    }

    /** Lower case, no diacritics, "đ" as "d", single spaces: the form search compares. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(clean(text), Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        return bare.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    /**
     * Whether every word of the query is in the text, both compared folded (case, diacritics and
     * spacing ignored): "dien hinh 2021" finds "… điển hình tiên tiến … giai đoạn 2021 - 2025".
     */
    public static boolean containsAllWords(String text, String query) {
        String folded = fold(text);
        for (String word : fold(query).split(" ")) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
