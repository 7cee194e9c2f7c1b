package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Cờ thi đua của Chính phủ", proposed by the province: the most outstanding among collectives
 * leading a block or cluster of the province, exceeding targets, with a clean party organisation
 * (docs/legal-reference.md §1.4, R10). The ≤ 20% share among block leaders is a quota over the province's proposals.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "25", clause = "1", inForceFrom = "2024-01-01")
public final class GovernmentEmulationFlagCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.cleanPartyOrganisation");
        BlockLeader.requireExcellentRating(findings, c, year);
        BlockLeader.require(findings, c, year);
        return findings;
    }
}
