package vn.thidua.eligibility.rules;

import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Chiến sĩ thi đua cơ sở" before 2024: Lao động tiên tiến and a unit-recognised initiative (or an
 * accepted research topic); hoàn thành xuất sắc nhiệm vụ alone was not a route (docs/legal-reference.md §1.3, R02).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "9",
        clause = "3",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31")
public final class GrassrootsEmulationFighterCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this);
        GrassrootsEmulationFighterCriteria.AdvancedWorkerFirst.require(findings, c, year);
        if (c.initiativesIn(year, InitiativeScope.GRASSROOTS) == 0) {
            findings.reject("NO_INITIATIVE", "eligibility.cstdcs.initiativeOldLaw", year);
        }
        return findings;
    }
}
