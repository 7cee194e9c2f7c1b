package vn.thidua.eligibility.rules;

import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Chiến sĩ thi đua cơ sở" under the 2026 amendment as the draft reads (docs/legal-reference.md §1.3, §9 item 8 [U]):
 * Lao động tiên tiến, and hoàn thành xuất sắc nhiệm vụ <em>and</em> a recognised initiative. Applied
 * only when the province configures the amendment's date.
 */
@LegalBasis(
        document = "Luật sửa đổi, bổ sung Luật Thi đua, khen thưởng (2026)",
        article = "23",
        inForceFrom = "2026-10-01",
        certainty = Certainty.UNCONFIRMED)
public final class GrassrootsEmulationFighterCriteriaAmended2026 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this);
        GrassrootsEmulationFighterCriteria.AdvancedWorkerFirst.require(findings, c, year);
        boolean excellent = c.ratingIn(year).filter(r -> r == Rating.EXCELLENT).isPresent();
        if (!excellent) {
            findings.reject("NO_EXCELLENT_RATING", "eligibility.cstdcs.excellentRequired", year);
        }
        if (c.initiativesIn(year, InitiativeScope.GRASSROOTS) == 0) {
            findings.reject("NO_INITIATIVE", "eligibility.cstdcs.initiativeRequired", year);
        }
        return findings;
    }
}
