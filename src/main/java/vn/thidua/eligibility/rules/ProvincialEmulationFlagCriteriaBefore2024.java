package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Cờ thi đua của Ủy ban nhân dân tỉnh" under NĐ 91/2017: the most outstanding collective, chosen by
 * comparing the units of a block organised by the province (docs/legal-reference.md §1.4 notes, [C] NĐ 91 Đ12).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "12",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31")
public final class ProvincialEmulationFlagCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings =
                Findings.of(this).assume("eligibility.assumed.newModel").assume("eligibility.assumed.registered");
        BlockLeader.requireExcellentRating(findings, c, year);
        BlockLeader.require(findings, c, year);
        return findings;
    }
}
