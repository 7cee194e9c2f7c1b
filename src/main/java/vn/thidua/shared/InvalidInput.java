package vn.thidua.shared;

import java.util.List;

/**
 * Input the system refuses, with every problem found: the field (and row, for imports) and the
 * message key the user reads in Vietnamese. Nothing has been written when this is thrown.
 */
public class InvalidInput extends RuntimeException {

    /** One problem: row is 0 outside imports. */
    public record Problem(int row, String field, String messageKey, List<Object> args) implements java.io.Serializable {

        public static Problem of(String field, String messageKey, Object... args) {
            return new Problem(0, field, messageKey, List.of(args));
        }
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(Problem.of(field, messageKey, args)));
    }

    /**
     * Adds a problem when {@code value} has more than {@code max} characters (the column it goes to
     * holds no more); true when it fits.
     */
    public static boolean fits(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(Problem.of(field, "validation.tooLong", max));
            return false;
        }
        return true;
    }

    /** Refuses {@code value} when it has more than {@code max} characters. */
    public static void requireFits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw of(field, "validation.tooLong", max);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}
