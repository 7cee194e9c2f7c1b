package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Giấy khen for one achievement before 2024 (thematic or sudden; Luật 2003 Điều 75, docs/legal-reference.md
 * §2.2 [I]): judged by people; no chain (R18).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "75",
        clause = "",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class CertificateOfCommendationForAnAchievementBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this).assume("eligibility.assumed.outstandingAchievement");
    }
}
