package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Giấy khen for one achievement: thành tích xuất sắc trong phong trào thi đua, hoặc thành tích đột
 * xuất (docs/legal-reference.md §2.2, Đ75). Judged by the unit; no rating is required.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "75", inForceFrom = "2024-01-01")
public final class CertificateOfCommendationForAnAchievement implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this).assume("eligibility.assumed.outstandingAchievement");
    }
}
