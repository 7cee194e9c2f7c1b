package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.History;
import vn.thidua.achievement.Rating;

/** Issue 17, the last pieces, without a database: stored models reach the engine; the priority share. */
class LawLastPiecesTests {

    private static History farmer(List<History.ProductionModelEntry> models) {
        return new History(
                7L,
                true,
                List.of(new History.RatingEntry(2025, Rating.GOOD)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                models);
    }

    @Test
    void aStoredModelReachesTheCandidateAndDecidesTheFarmersRoute() {
        Candidate withModel = Eligibility.candidateOf(
                farmer(List.of(new History.ProductionModelEntry(2024, null, "Trồng mãng cầu", null))));
        Candidate oneYear = Eligibility.candidateOf(
                farmer(List.of(new History.ProductionModelEntry(2025, null, "Trồng mãng cầu", null))));

        assertThat(withModel.productionModels()).containsExactly(new Candidate.ProductionModel(2024, null));
        assertThat(RuleBook.evaluate(Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2025, Basis.REGULAR, withModel)
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2025, Basis.REGULAR, oneYear)
                        .eligible())
                .isFalse();
    }

    @Test
    void aRecordWithoutModelsReadsAsNoModel() {
        History plain = new History(8L, false, List.of(), List.of(), List.of(), List.of(), List.of());

        assertThat(Eligibility.candidateOf(plain).productionModels()).isEmpty();
    }

    @Test
    void thePriorityShareIsACountWithOneDecimalAndNothingOfNothingIsZero() {
        assertThat(new EligibilityLists.PriorityShare(Award.ADVANCED_WORKER, 1, 3).percent())
                .isEqualTo(33.3);
        assertThat(new EligibilityLists.PriorityShare(Award.ADVANCED_WORKER, 2, 3).percent())
                .isEqualTo(66.7);
        assertThat(new EligibilityLists.PriorityShare(Award.ADVANCED_WORKER, 0, 0).percent())
                .isZero();
    }
}
