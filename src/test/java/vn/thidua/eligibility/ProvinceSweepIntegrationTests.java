package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.organization.TayNinhFixtures;

/** The whole-province sweep judges with the same rules as a unit's list, so both must agree. */
@IntegrationTest
@Import(TayNinhFixtures.class)
class ProvinceSweepIntegrationTests {

    @Autowired
    ProvinceSweep sweep;

    @Autowired
    EligibilityLists lists;

    @Autowired
    TayNinhFixtures tayNinh;

    @Test
    @WithUserDetails("bantdkt")
    void theSweepAgreesWithTheProvinceListAwardByAward() {
        // when
        ProvinceSweep.Result result = sweep.sweep(2025);
        EligibilityLists.UnitList list = lists.forUnit(tayNinh.currentUnit("Tỉnh Tây Ninh"), 2025);

        // then
        assertThat(result.people()).isEqualTo(list.peopleJudged()).isPositive();
        assertThat(result.collectives()).isEqualTo(list.collectivesJudged());
        assertThat(result.eligiblePeople()).isEqualTo(counts(list, Candidate.Kind.INDIVIDUAL, result.eligiblePeople()));
        assertThat(result.eligibleCollectives())
                .isEqualTo(counts(list, Candidate.Kind.COLLECTIVE, result.eligibleCollectives()));
        assertThat(result.eligiblePeople().get(Award.ADVANCED_WORKER)).isPositive();
        assertThat(sweep.readOnly(2025)).isPositive();
    }

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerCannotSweepTheProvince() {
        assertThatThrownBy(() -> sweep.sweep(2025)).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<Award, Long> counts(
            EligibilityLists.UnitList list, Candidate.Kind kind, Map<Award, Long> awards) {
        Map<Award, Long> counts = new EnumMap<>(Award.class);
        awards.keySet().forEach(a -> counts.put(a, 0L));
        list.eligible().stream().filter(e -> e.kind() == kind).forEach(e -> counts.merge(e.award(), 1L, Long::sum));
        return counts;
    }
}
