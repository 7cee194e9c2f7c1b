package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Cờ thi đua của Chính phủ" under NĐ 91/2017: the most outstanding collectives leading blocks or
 * clusters of the province, at most 20% of the block leaders (docs/legal-reference.md §1.4, [C] NĐ 91 Đ11).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "11",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31")
public final class GovernmentEmulationFlagCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.cleanPartyOrganisation")
                .assume("eligibility.assumed.registered");
        BlockLeader.requireExcellentRating(findings, c, year);
        BlockLeader.require(findings, c, year);
        return findings;
    }
}
