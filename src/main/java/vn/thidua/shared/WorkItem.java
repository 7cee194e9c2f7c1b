package vn.thidua.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of a role's work list: what waits for the account, what is late, a deadline coming, or
 * what waits on someone else. The module that owns the work builds it ({@link WorkSource}).
 *
 * @param messageKey the line's text, with {@code args}; the count is the first argument
 * @param link the filtered list or the single item to open
 * @param due the deadline, when there is one
 */
public record WorkItem(Kind kind, String messageKey, List<Object> args, int count, String link, LocalDate due) {

    public enum Kind {
        /** Late: a deadline passed. */
        LATE,
        /** Waits for this account to act. */
        TODO,
        /** A deadline coming. */
        DEADLINE,
        /** Handed on: waits for someone else. */
        WAITING
    }

    public WorkItem {
        args = List.copyOf(args);
    }

    /** The count first, then the line's own arguments. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.size() + 1];
        all[0] = count;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }

    public static WorkItem of(Kind kind, String key, int count, String link, Object... args) {
        return new WorkItem(kind, key, List.of(args), count, link, null);
    }

    public static WorkItem due(Kind kind, String key, int count, String link, LocalDate due, Object... args) {
        return new WorkItem(kind, key, List.of(args), count, link, due);
    }
}
