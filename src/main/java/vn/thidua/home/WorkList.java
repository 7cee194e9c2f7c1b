package vn.thidua.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.shared.Actor;
import vn.thidua.shared.WorkItem;
import vn.thidua.shared.WorkSource;

/**
 * A role's work list, gathered from every module that owns work ({@link WorkSource}): late first,
 * then what waits for the account, deadlines by date, and what waits on others.
 */
@Component
class WorkList {

    private final List<WorkSource> sources;
    private final Clock clock;

    WorkList(List<WorkSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** The lines, and how many of each kind (public: the page's expressions call it). */
    public record Lines(List<WorkItem> items, int late, int todo, int deadlines) {

        public List<WorkItem> of(WorkItem.Kind kind) {
            return items.stream().filter(i -> i.kind() == kind).toList();
        }
    }

    Lines of(Actor actor) {
        LocalDate today = LocalDate.now(clock);
        List<WorkItem> items = sources.stream()
                .flatMap(s -> s.workFor(actor, today).stream())
                .sorted(Comparator.comparing(WorkItem::kind)
                        .thenComparing(WorkItem::due, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Lines(
                items,
                count(items, WorkItem.Kind.LATE),
                count(items, WorkItem.Kind.TODO),
                count(items, WorkItem.Kind.DEADLINE));
    }

    private static int count(List<WorkItem> items, WorkItem.Kind kind) {
        return items.stream()
                .filter(i -> i.kind() == kind)
                .mapToInt(WorkItem::count)
                .sum();
    }
}
