package vn.thidua.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thidua.cluster.CacheEpochs;
import vn.thidua.shared.VietnameseText;

/**
 * Reading units for screens and pickers, always within the current account's scope.
 *
 * <p>Every unit, sorted by name, is kept in memory between requests (ADR 0026, "unit pickers"): the
 * copy is stamped with the epoch {@value #EPOCH} of {@link CacheEpochs} when it is read, and is read
 * again once any unit is saved or deleted ({@link UnitsChanged} advances the epoch after the commit,
 * on every instance within {@code thidua.cluster.epoch-poll}). Inside a transaction that may write,
 * the units are always read from the database, so a change is seen by the transaction that makes it.
 * The pickers filter the kept list by period and scope on each request; nothing is written to it.
 */
@Component
@Transactional(readOnly = true)
public class UnitDirectory {

    /** Which units a list shows: those in force today, those that ended, or all. */
    public enum Period {
        CURRENT,
        FORMER,
        ALL
    }

    private final Units units;
    private final AccessScope scope;
    private final JdbcClient jdbc;

    private final java.time.Clock clock;
    private final CacheEpochs epochs;

    /** Every unit by name, with its children by parent, as of an epoch; null before the first read. */
    private volatile Kept kept;

    /** The name of the units' cache epoch. */
    static final String EPOCH = "organization-units";

    private record Kept(long epoch, List<Unit> byName, Map<Long, List<Long>> children) {}

    UnitDirectory(Units units, AccessScope scope, JdbcClient jdbc, java.time.Clock clock, CacheEpochs epochs) {
        this.clock = clock;
        this.epochs = epochs;
        this.units = units;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    /** The unit, if the current account may see it. */
    public Optional<Unit> visible(Long id) {
        return units.findById(id).filter(u -> scope.covers(u.getId()));
    }

    /** The unit; {@link UnitNotFound} (404) when missing or outside the account's scope. */
    public Unit require(Long id) {
        return visible(id).orElseThrow(() -> new UnitNotFound(id));
    }

    /** The top of what the account sees: the provinces, or its own scope unit. */
    public List<Unit> roots(Period period) {
        Long root = scope.scopeRoot();
        List<Unit> tops = root == null
                ? units.findByParentIdIsNullOrderByName()
                : units.findById(root).stream().toList();
        return tops.stream().filter(u -> in(u, period)).sorted(order()).toList();
    }

    public List<Unit> children(Long parentId, Period period) {
        java.util.function.Predicate<Unit> visible = visible(all());
        return units.findByParentIdOrderByName(parentId).stream()
                .filter(u -> in(u, period) && visible.test(u))
                .sorted(order())
                .toList();
    }

    /** Units whose name contains the words, ignoring diacritics and case. */
    public List<Unit> search(String query, Period period) {
        String folded = VietnameseText.fold(query);
        Kept all = all();
        java.util.function.Predicate<Unit> visible = visible(all);
        LocalDate today = LocalDate.now(clock);
        return all.byName().stream()
                .filter(u ->
                        in(u, period, today) && VietnameseText.fold(u.getName()).contains(folded))
                .filter(visible)
                .sorted(order())
                .limit(100)
                .toList();
    }

    /** Every unit of the period within the scope, by name, for pickers (no limit). */
    public List<Unit> options(Period period) {
        Kept all = all();
        java.util.function.Predicate<Unit> visible = visible(all);
        LocalDate today = LocalDate.now(clock);
        return all.byName().stream()
                .filter(u -> in(u, period, today) && visible.test(u))
                .toList();
    }

    /**
     * Every unit by name: the kept copy while its epoch is current, else read (and kept, when no
     * transaction that may write is under way).
     */
    private Kept all() {
        boolean keepable = !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        long epoch = epochs.current(EPOCH);
        Kept current = kept;
        if (keepable && current != null && current.epoch() == epoch) {
            return current;
        }
        List<Unit> byName = VietnameseText.sorted(units.findAll(), Unit::getName);
        Map<Long, List<Long>> children = new java.util.HashMap<>();
        for (Unit u : byName) {
            if (u.getParentId() != null) {
                children.computeIfAbsent(u.getParentId(), p -> new java.util.ArrayList<>())
                        .add(u.getId());
            }
        }
        Kept read = new Kept(epoch, List.copyOf(byName), children);
        if (keepable) {
            kept = read;
        }
        return read;
    }

    /** Units in force today within the scope, for pickers. */
    public List<Unit> currentInScope() {
        return options(Period.CURRENT);
    }

    /** The account's subtree, walked in the kept units' tree (no query). */
    private java.util.function.Predicate<Unit> visible(Kept all) {
        Long root = scope.scopeRoot();
        if (root == null) {
            return u -> true;
        }
        java.util.Set<Long> subtree = new java.util.HashSet<>();
        java.util.ArrayDeque<Long> next = new java.util.ArrayDeque<>(List.of(root));
        while (!next.isEmpty()) {
            Long id = next.pop();
            if (subtree.add(id)) {
                next.addAll(all.children().getOrDefault(id, List.of()));
            }
        }
        return u -> subtree.contains(u.getId());
    }

    public Map<Long, Unit> byId(List<Long> ids) {
        return units.findAllById(ids).stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    }

    /** The people working in the unit itself now, by name, at most {@code limit}: for pickers. */
    public List<PersonOption> peopleIn(Long unitId, int limit) {
        require(unitId);
        return jdbc
                .sql("""
                select p.id, p.full_name, p.position from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where a.unit_id = :unit order by p.name_folded, p.id""")
                .param("unit", unitId)
                .query((rs, n) -> new PersonOption(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .limit(limit)
                .toList();
    }

    /** Full names of people by id (no scope filter: callers pass ids they already may see). */
    public Map<Long, String> peopleNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, full_name from organization_person where id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /** A person as a picker shows them. */
    public record PersonOption(Long id, String fullName, String position) {}

    public int currentPeople(Long unitId) {
        return jdbc.sql("select count(*) from organization_assignment where unit_id = :unit and to_date is null")
                .param("unit", unitId)
                .query(Integer.class)
                .single();
    }

    /** The blocks the unit sits in, latest year first. */
    public List<EmulationBlock> blocksOf(Long unitId, EmulationBlocks blocks) {
        List<Long> ids = jdbc.sql(
                        "select organization_emulation_block from organization_block_member where unit_id = :unit")
                .param("unit", unitId)
                .query(Long.class)
                .list();
        return blocks.findAllById(ids).stream()
                .sorted(Comparator.comparingInt(EmulationBlock::getYear).reversed())
                .toList();
    }

    private boolean in(Unit unit, Period period) {
        return in(unit, period, LocalDate.now(clock));
    }

    private static boolean in(Unit unit, Period period, LocalDate today) {
        return switch (period) {
            case CURRENT -> unit.activeOn(today);
            case FORMER -> unit.getValidTo() != null && unit.getValidTo().isBefore(today);
            case ALL -> true;
        };
    }

    private static Comparator<Unit> order() {
        return Comparator.comparing((Unit u) -> u.getKind().ordinal())
                .thenComparing(Unit::getName, VietnameseText::compare);
    }
}
