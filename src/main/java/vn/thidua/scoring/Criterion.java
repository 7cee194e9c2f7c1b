package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import vn.thidua.shared.InvalidInput;

/**
 * One criterion of a scorecard: code, group, text, maximum points, how it is scored, and the
 * evidence a unit must attach.
 */
public record Criterion(
        String code,
        String group,
        String text,
        BigDecimal maxPoints,
        CriterionKind kind,
        List<Level> levels,
        List<Threshold> thresholds,
        String evidence) {

    /** A rung of a ladder: the points and what earns them. */
    public record Level(BigDecimal points, String description) {}

    /** A threshold: reaching at least {@code percent} earns {@code points}. */
    public record Threshold(BigDecimal percent, BigDecimal points) {}

    public Criterion {
        levels = levels == null ? List.of() : List.copyOf(levels);
        thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
        if (maxPoints == null || maxPoints.signum() < 0) {
            throw new IllegalArgumentException(code + ": maximum points");
        }
    }

    public static Criterion ladder(String code, String group, String text, String evidence, Level... levels) {
        BigDecimal max = List.of(levels).stream()
                .map(Level::points)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        return new Criterion(code, group, text, max, CriterionKind.LADDER, List.of(levels), List.of(), evidence);
    }

    public static Criterion threshold(String code, String group, String text, Threshold... thresholds) {
        BigDecimal max = List.of(thresholds).stream()
                .map(Threshold::points)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
        return new Criterion(code, group, text, max, CriterionKind.THRESHOLD, List.of(), List.of(thresholds), null);
    }

    public static Criterion bonus(String code, String text, BigDecimal max) {
        return new Criterion(code, "Điểm thưởng", text, max, CriterionKind.BONUS, List.of(), List.of(), null);
    }

    public static Criterion penalty(String code, String text, BigDecimal max) {
        return new Criterion(code, "Điểm trừ", text, max, CriterionKind.PENALTY, List.of(), List.of(), null);
    }

    /** The points for a percentage reached: the highest threshold reached, or 0. */
    public BigDecimal pointsFor(BigDecimal percent) {
        return thresholds.stream()
                .filter(t -> percent.compareTo(t.percent()) >= 0)
                .map(Threshold::points)
                .max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO);
    }

    /** Refuses points a scorer may not give: above the maximum, below 0, or not a rung of the ladder. */
    public void check(BigDecimal points) {
        if (points == null || points.signum() < 0 || points.compareTo(maxPoints) > 0) {
            throw InvalidInput.of("points", "validation.scoring.range", code, maxPoints.toPlainString());
        }
        if (kind == CriterionKind.LADDER
                && levels.stream().noneMatch(l -> l.points().compareTo(points) == 0)) {
            throw InvalidInput.of(
                    "points",
                    "validation.scoring.level",
                    code,
                    String.join(
                            ", ",
                            levels.stream().map(l -> l.points().toPlainString()).toList()));
        }
    }
}
