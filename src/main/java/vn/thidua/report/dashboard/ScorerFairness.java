package vn.thidua.report.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How strict each scorer of an emulation block is against the rest of the block, from the cross-scores alone (a
 * unit's self-assessment is not a cross-score). Plain arithmetic, no Spring (ADR 0030):
 *
 * <ul>
 *   <li>a score's <b>deviation</b> is its points minus the mean of the other scorers' points for the same unit and
 *       criterion (leave-one-out, so a scorer is not compared with itself); cells scored by one scorer only carry no
 *       evidence and are skipped;
 *   <li>a scorer's <b>mean deviation</b> is the mean of its scores' deviations, also as a percentage of the criteria's
 *       maximum points (negative: stricter than the block);
 *   <li>its <b>z-score</b> compares its mean deviation with the other scorers' (their mean and sample standard
 *       deviation), needs at least three other scorers, and is <b>flagged</b> at |z| ≥ 2;
 *   <li>a single score is an <b>outlier</b> when the other scorers of the cell are at least two and it lies at least
 *       two of their standard deviations from their mean, or, when they all agree, at least 10% of the maximum away.
 * </ul>
 */
final class ScorerFairness {

    static final double FLAG_Z = 2.0;
    static final double AGREED_GAP = 0.10;

    /** One cross-score: who scored whom on which criterion, out of how many points. */
    record Score(long scorer, long unit, String criterion, double points, double maxPoints) {}

    record ScorerStat(
            long scorer, int scores, double meanDeviation, double meanDeviationPercent, Double z, boolean flagged) {}

    record Outlier(long scorer, long unit, String criterion, double points, double othersMean, Double z) {}

    record Result(List<ScorerStat> scorers, List<Outlier> outliers) {}

    private ScorerFairness() {}

    static Result of(List<Score> all) {
        Map<String, List<Score>> cells = new LinkedHashMap<>();
        for (Score s : all) {
            if (s.scorer() != s.unit()) {
                cells.computeIfAbsent(s.unit() + "\u0000" + s.criterion(), k -> new ArrayList<>())
                        .add(s);
            }
        }
        Map<Long, double[]> sums = new TreeMap<>(); // count, sum of deviations, sum of deviation/max
        List<Outlier> outliers = new ArrayList<>();
        for (List<Score> cell : cells.values()) {
            if (cell.size() < 2) {
                continue;
            }
            for (Score s : cell) {
                double[] others = cell.stream()
                        .filter(o -> o != s)
                        .mapToDouble(Score::points)
                        .toArray();
                double mean = mean(others);
                double deviation = s.points() - mean;
                double[] acc = sums.computeIfAbsent(s.scorer(), k -> new double[3]);
                acc[0]++;
                acc[1] += deviation;
                acc[2] += s.maxPoints() > 0 ? deviation / s.maxPoints() : 0;
                if (others.length >= 2) {
                    double sd = sd(others, mean);
                    if (sd > 0 && Math.abs(deviation) >= FLAG_Z * sd) {
                        outliers.add(
                                new Outlier(s.scorer(), s.unit(), s.criterion(), s.points(), mean, deviation / sd));
                    } else if (sd == 0 && Math.abs(deviation) >= AGREED_GAP * s.maxPoints() && deviation != 0) {
                        outliers.add(new Outlier(s.scorer(), s.unit(), s.criterion(), s.points(), mean, null));
                    }
                }
            }
        }
        Map<Long, Double> means = new LinkedHashMap<>();
        sums.forEach((scorer, acc) -> means.put(scorer, acc[1] / acc[0]));
        List<ScorerStat> stats = new ArrayList<>();
        sums.forEach((scorer, acc) -> {
            double[] others = means.entrySet().stream()
                    .filter(e -> !e.getKey().equals(scorer))
                    .mapToDouble(Map.Entry::getValue)
                    .toArray();
            Double z = null;
            if (others.length >= 3) {
                double m = mean(others);
                double sd = sd(others, m);
                z = sd > 0 ? (means.get(scorer) - m) / sd : null;
            }
            stats.add(new ScorerStat(
                    scorer,
                    (int) acc[0],
                    means.get(scorer),
                    100 * acc[2] / acc[0],
                    z,
                    z != null && Math.abs(z) >= FLAG_Z));
        });
        stats.sort(Comparator.comparingDouble(ScorerStat::meanDeviation));
        outliers.sort(Comparator.comparingLong(Outlier::scorer)
                .thenComparingLong(Outlier::unit)
                .thenComparing(Outlier::criterion));
        return new Result(stats, outliers);
    }

    static double mean(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /** Sample standard deviation (n − 1). */
    static double sd(double[] xs, double mean) {
        if (xs.length < 2) {
            return 0;
        }
        double sq = 0;
        for (double x : xs) {
            sq += (x - mean) * (x - mean);
        }
        return Math.sqrt(sq / (xs.length - 1));
    }
}
