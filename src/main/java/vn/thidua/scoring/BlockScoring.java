package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.shared.InvalidInput;

/**
 * One block's scoring for a year: each member assesses itself, the other members cross-score it
 * (never itself), the Ban TĐKT may set a criterion's points with a written reason, and the
 * aggregation rule turns all that into each member's points per criterion and total. The ranking
 * resolves ties by a stated rule: higher total; then fewer penalty points; then more criteria at
 * their maximum; otherwise the members share the rank.
 */
public final class BlockScoring {

    /** The tie rule as the ranking page states it. */
    public static final String TIE_RULE = "scoring.tieRule";

    private final Scorecard card;
    private final AggregationRule rule;
    private final Set<Long> members;
    private final Map<Key, BigDecimal> self = new HashMap<>();
    private final Map<Key, Map<Long, BigDecimal>> cross = new HashMap<>();
    private final Map<Key, Adjustment> adjustments = new HashMap<>();

    private record Key(Long unit, String criterion) {}

    /** The Ban TĐKT's points for a member's criterion, with the reason and who set them. */
    public record Adjustment(BigDecimal points, String reason, String by) {}

    public BlockScoring(Scorecard card, AggregationRule rule, Set<Long> members) {
        this.card = card;
        this.rule = rule;
        this.members = new LinkedHashSet<>(members);
    }

    /** Tự chấm. */
    public void selfAssess(Long unit, String criterion, BigDecimal points) {
        requireMember(unit);
        card.criterion(criterion).check(points);
        self.put(new Key(unit, criterion), points);
    }

    /** Chấm chéo: a member scores another member, never itself. */
    public void crossScore(Long scorer, Long unit, String criterion, BigDecimal points) {
        requireMember(scorer);
        requireMember(unit);
        if (scorer.equals(unit)) {
            throw InvalidInput.of("scorer", "validation.scoring.self");
        }
        card.criterion(criterion).check(points);
        cross.computeIfAbsent(new Key(unit, criterion), k -> new LinkedHashMap<>())
                .put(scorer, points);
    }

    /** Điều chỉnh: the Ban TĐKT sets the points, and must say why. */
    public void adjust(Long unit, String criterion, BigDecimal points, String reason, String by) {
        requireMember(unit);
        card.criterion(criterion).check(points);
        if (reason == null || reason.isBlank()) {
            throw InvalidInput.of("reason", "validation.scoring.reason");
        }
        adjustments.put(new Key(unit, criterion), new Adjustment(points, reason.strip(), by));
    }

    /** One member's result: points per criterion (null: not scored), total, and the tie-break figures. */
    public record Result(
            Long unit,
            Map<String, BigDecimal> points,
            BigDecimal total,
            BigDecimal penalties,
            int criteriaAtMaximum,
            int unscored) {}

    public Result resultOf(Long unit) {
        requireMember(unit);
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal penalties = BigDecimal.ZERO;
        int atMax = 0;
        int unscored = 0;
        for (Criterion c : card.criteria()) {
            Key key = new Key(unit, c.code());
            Adjustment adjusted = adjustments.get(key);
            BigDecimal p = adjusted != null
                    ? adjusted.points()
                    : rule.aggregate(
                            self.get(key),
                            List.copyOf(cross.getOrDefault(key, Map.of()).values()));
            points.put(c.code(), p);
            if (p == null) {
                unscored++;
                continue;
            }
            if (c.kind() == CriterionKind.PENALTY) {
                total = total.subtract(p);
                penalties = penalties.add(p);
            } else {
                total = total.add(p);
                if (c.kind() != CriterionKind.BONUS && p.compareTo(c.maxPoints()) == 0) {
                    atMax++;
                }
            }
        }
        return new Result(unit, points, total, penalties, atMax, unscored);
    }

    public Adjustment adjustmentOf(Long unit, String criterion) {
        return adjustments.get(new Key(unit, criterion));
    }

    /** A place in the ranking; members the tie rule cannot separate share the rank. */
    public record Ranked(int rank, Result result) {}

    public List<Ranked> ranking() {
        Comparator<Result> order = Comparator.comparing(Result::total)
                .reversed()
                .thenComparing(Result::penalties)
                .thenComparing(
                        Comparator.comparingInt(Result::criteriaAtMaximum).reversed());
        // members sharing a rank are listed by unit id, so the same scores always print the same way
        List<Result> results = members.stream()
                .map(this::resultOf)
                .sorted(order.thenComparing(Result::unit))
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            boolean tiedWithPrevious = i > 0 && order.compare(results.get(i - 1), results.get(i)) == 0;
            ranked.add(new Ranked(tiedWithPrevious ? ranked.get(i - 1).rank() : i + 1, results.get(i)));
        }
        return ranked;
    }

    private void requireMember(Long unit) {
        if (!members.contains(unit)) {
            throw InvalidInput.of("unit", "validation.scoring.notMember");
        }
    }
}
