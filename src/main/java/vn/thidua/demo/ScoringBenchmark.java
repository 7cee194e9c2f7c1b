package vn.thidua.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.thidua.scoring.AggregationRule;
import vn.thidua.scoring.BlockScoring;
import vn.thidua.scoring.Criterion;
import vn.thidua.scoring.Scorecard;

/**
 * {@code --thidua.bench.scoring=true}: a whole province's block scoring — 20 blocks × 15 members ×
 * 60 criteria, each member self-assessed and cross-scored by the 14 others (252,000 cross-scores) —
 * aggregated (trimmed mean, 20% self-weight) and ranked; the median of 5 runs after 2 warm-up, against
 * merely summing the same numbers.
 */
@Component
@Order(23)
@ConditionalOnProperty(name = "thidua.bench.scoring", havingValue = "true")
class ScoringBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ScoringBenchmark.class);
    private static final int BLOCKS = 20;
    private static final int MEMBERS = 15;
    private static final int CRITERIA = 60;

    @Override
    public void run(ApplicationArguments args) {
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            criteria.add(Criterion.ladder(
                    "TC" + (c + 1),
                    "Nhóm " + (c / 10 + 1),
                    "Tiêu chí " + (c + 1),
                    null,
                    new Criterion.Level(BigDecimal.valueOf(10), "đạt"),
                    new Criterion.Level(BigDecimal.valueOf(7), "đạt một phần"),
                    new Criterion.Level(BigDecimal.valueOf(4), "chưa đạt"),
                    new Criterion.Level(BigDecimal.ZERO, "không thực hiện")));
        }
        Scorecard card = new Scorecard(criteria);
        AggregationRule rule = new AggregationRule(AggregationRule.Method.TRIMMED_MEAN, new BigDecimal("0.2"));
        int[][][][] raw = scores(new Random(2026));
        double[] scoring = new double[5];
        double[] summing = new double[5];
        long checksum = 0;
        for (int run = -2; run < 5; run++) {
            long start = System.nanoTime();
            int leaders = score(card, rule, raw);
            double ms = (System.nanoTime() - start) / 1e6;
            long sumStart = System.nanoTime();
            checksum += sum(raw);
            double sumMs = (System.nanoTime() - sumStart) / 1e6;
            if (run >= 0) {
                scoring[run] = ms;
                summing[run] = sumMs;
            }
            checksum += leaders;
        }
        Arrays.sort(scoring);
        Arrays.sort(summing);
        log.info(
                """

                Chấm điểm khối / block scoring: {} blocks × {} members × {} criteria, {} scorers per member ({})
                aggregate + rank (checked, trimmed mean, self-weight 20%): median {} ms
                baseline, sum the same numbers: median {} ms
                ratio: {}""",
                BLOCKS,
                MEMBERS,
                CRITERIA,
                MEMBERS,
                checksum > 0 ? "ok" : "?",
                "%.1f".formatted(scoring[2]),
                "%.2f".formatted(summing[2]),
                "%.0f".formatted(scoring[2] / summing[2]));
    }

    /** raw[block][scorer][member][criterion]: a level index; scorer == member is the self-assessment. */
    private static int[][][][] scores(Random random) {
        int[][][][] raw = new int[BLOCKS][MEMBERS][MEMBERS][CRITERIA];
        for (int[][][] block : raw) {
            for (int[][] scorer : block) {
                for (int[] member : scorer) {
                    for (int c = 0; c < CRITERIA; c++) {
                        member[c] = random.nextInt(100) < 70 ? 0 : random.nextInt(4);
                    }
                }
            }
        }
        return raw;
    }

    private static final BigDecimal[] LEVELS = {
        BigDecimal.valueOf(10), BigDecimal.valueOf(7), BigDecimal.valueOf(4), BigDecimal.ZERO
    };

    private static int score(Scorecard card, AggregationRule rule, int[][][][] raw) {
        int leaders = 0;
        for (int b = 0; b < BLOCKS; b++) {
            Set<Long> members = new LinkedHashSet<>();
            for (long m = 0; m < MEMBERS; m++) {
                members.add(b * 100L + m);
            }
            BlockScoring block = new BlockScoring(card, rule, members);
            for (int s = 0; s < MEMBERS; s++) {
                for (int m = 0; m < MEMBERS; m++) {
                    for (int c = 0; c < CRITERIA; c++) {
                        BigDecimal points = LEVELS[raw[b][s][m][c]];
                        String code = card.criteria().get(c).code();
                        if (s == m) {
                            block.selfAssess(b * 100L + m, code, points);
                        } else {
                            block.crossScore(b * 100L + s, b * 100L + m, code, points);
                        }
                    }
                }
            }
            leaders += block.ranking().get(0).rank();
        }
        return leaders;
    }

    private static long sum(int[][][][] raw) {
        long total = 0;
        for (int[][][] block : raw) {
            for (int[][] scorer : block) {
                for (int[] member : scorer) {
                    for (int level : member) {
                        total += LEVELS[level].longValue();
                    }
                }
            }
        }
        return total;
    }
}
