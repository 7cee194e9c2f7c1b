package vn.thidua.shared;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a text is found by, for the search indexes (ADR 0028): the text folded as
 * {@link VietnameseText#fold} does (no diacritics, "đ" as "d", lower case), cut at everything that is
 * not a letter or a digit, each word at most {@link #LENGTH} characters. "Chỉ thị số 01/CT-UBND" is
 * found by "chi", "thi", "so", "01", "ct" and "ubnd"; a query word matches every word it starts.
 */
public final class SearchWords {

    /** The longest word kept; longer words (and query words) are cut to this length. */
    public static final int LENGTH = 40;

    /** Query words beyond this many are ignored: each costs an index probe per candidate. */
    public static final int MAX_QUERY_WORDS = 8;

    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {}

    /** The distinct words of the texts (nulls skipped), in order of first appearance. */
    public static Set<String> of(String... texts) {
        Set<String> words = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : SEPARATORS.split(VietnameseText.fold(text))) {
                if (!word.isEmpty()) {
                    words.add(word.length() > LENGTH ? word.substring(0, LENGTH) : word);
                }
            }
        }
        return words;
    }

    /**
     * The words of a query, without those another query word already starts ("nguyen ng" is
     * "nguyen"), at most {@link #MAX_QUERY_WORDS}; empty when the query has no letter or digit.
     */
    public static List<String> query(String query) {
        List<String> words = new ArrayList<>(of(query));
        words.removeIf(w -> words.stream().anyMatch(o -> !o.equals(w) && o.startsWith(w)));
        return words.size() > MAX_QUERY_WORDS ? words.subList(0, MAX_QUERY_WORDS) : words;
    }

    /** The smallest text after every word that starts with {@code prefix}: "tuyet" → "tuyeu". */
    public static String after(String prefix) {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }
}
