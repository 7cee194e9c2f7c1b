package vn.thidua.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.report.dashboard.ScorerFairness.Score;
import vn.thidua.report.dashboard.ScorerFairness.ScorerStat;

/**
 * The fairness statistics on a hand-made block: five scorers, two units, one criterion of 10 points; scorer 5 gives
 * every unit 4 where the others give about 8. Every expected figure is worked out by hand in the comments.
 */
class ScorerFairnessTests {

    private static final List<Score> BLOCK = List.of(
            // unit 10: 8, 8, 8, 8 and 4
            new Score(1, 10, "C", 8, 10),
            new Score(2, 10, "C", 8, 10),
            new Score(3, 10, "C", 8, 10),
            new Score(4, 10, "C", 8, 10),
            new Score(5, 10, "C", 4, 10),
            // unit 11: 7, 9, 8, 8 and 4
            new Score(1, 11, "C", 7, 10),
            new Score(2, 11, "C", 9, 10),
            new Score(3, 11, "C", 8, 10),
            new Score(4, 11, "C", 8, 10),
            new Score(5, 11, "C", 4, 10),
            // a self-assessment and a cell scored by one scorer only: no evidence
            new Score(10, 10, "C", 10, 10),
            new Score(1, 12, "C", 2, 10));

    private static ScorerStat stat(ScorerFairness.Result r, long scorer) {
        return r.scorers().stream()
                .filter(s -> s.scorer() == scorer)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void meanDeviationIsLeaveOneOutAndSkipsSelfAssessmentsAndLonelyCells() {
        // when
        ScorerFairness.Result r = ScorerFairness.of(BLOCK);

        // then: unit 10 → scorer 1: 8 − mean(8,8,8,4) = 1; unit 11 → 7 − mean(9,8,8,4) = −0.25; mean 0.375
        assertThat(stat(r, 1).scores()).isEqualTo(2);
        assertThat(stat(r, 1).meanDeviation()).isCloseTo(0.375, within(1e-9));
        // scorer 2: 1 and 9 − 6.75 = 2.25 → 1.625; scorers 3 and 4: 1 and 1
        assertThat(stat(r, 2).meanDeviation()).isCloseTo(1.625, within(1e-9));
        assertThat(stat(r, 3).meanDeviation()).isCloseTo(1.0, within(1e-9));
        // scorer 5: 4 − 8 twice → −4, that is −40% of the maximum
        assertThat(stat(r, 5).meanDeviation()).isCloseTo(-4.0, within(1e-9));
        assertThat(stat(r, 5).meanDeviationPercent()).isCloseTo(-40.0, within(1e-9));
        // the unit scoring itself is no scorer; the strictest comes first
        assertThat(r.scorers()).extracting(ScorerStat::scorer).containsExactly(5L, 1L, 3L, 4L, 2L);
    }

    @Test
    void theStrictScorerHasALargeNegativeZAndIsFlaggedTheOthersAreNot() {
        // when
        ScorerFairness.Result r = ScorerFairness.of(BLOCK);

        // then: others' means 0.375, 1.625, 1, 1 → mean 1, sample sd √(0.78125/3) = 0.5103; z = (−4 − 1)/0.5103
        assertThat(stat(r, 5).z()).isCloseTo(-9.798, within(0.001));
        assertThat(stat(r, 5).flagged()).isTrue();
        // scorer 1 against 1.625, 1, 1, −4: mean −0.09375, sd 2.6208 → z = 0.1789
        assertThat(stat(r, 1).z()).isCloseTo(0.1789, within(0.001));
        assertThat(r.scorers())
                .filteredOn(ScorerStat::flagged)
                .extracting(ScorerStat::scorer)
                .containsExactly(5L);
    }

    @Test
    void outlyingScoresAreThoseFarFromTheOthersOrAwayFromAnAgreedValue() {
        // when
        ScorerFairness.Result r = ScorerFairness.of(BLOCK);

        // then: unit 10 — the others agree on 8, 4 is 4 points (≥ 10% of 10) away, no z;
        // unit 11 — others 7, 9, 8, 8: mean 8, sd 0.8165, 4 is z = −4.899; scorer 2's 9 is within 2 sd of 6.75
        assertThat(r.outliers()).hasSize(2);
        assertThat(r.outliers().get(0).scorer()).isEqualTo(5L);
        assertThat(r.outliers().get(0).unit()).isEqualTo(10L);
        assertThat(r.outliers().get(0).othersMean()).isCloseTo(8.0, within(1e-9));
        assertThat(r.outliers().get(0).z()).isNull();
        assertThat(r.outliers().get(1).unit()).isEqualTo(11L);
        assertThat(r.outliers().get(1).z()).isCloseTo(-4.899, within(0.001));
    }

    @Test
    void withTooFewScorersNoZScoreIsClaimed() {
        // given: three scorers only — each has two others to compare with
        List<Score> small =
                List.of(new Score(1, 10, "C", 8, 10), new Score(2, 10, "C", 7, 10), new Score(3, 10, "C", 2, 10));

        // when
        ScorerFairness.Result r = ScorerFairness.of(small);

        // then
        assertThat(r.scorers()).allSatisfy(s -> {
            assertThat(s.z()).isNull();
            assertThat(s.flagged()).isFalse();
        });
    }
}
