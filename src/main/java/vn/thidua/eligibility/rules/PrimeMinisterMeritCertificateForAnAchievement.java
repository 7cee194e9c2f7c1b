package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Bằng khen của Thủ tướng Chính phủ for one achievement (điểm a, c): thành tích xuất sắc, điển hình
 * trong phong trào thi đua; hoặc nhiều thành tích, thành tích đột xuất có phạm vi ảnh hưởng cấp tỉnh
 * (docs/legal-reference.md §2.2). Judged by people; no chain of years applies.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "73", clause = "1", inForceFrom = "2024-01-01")
public final class PrimeMinisterMeritCertificateForAnAchievement implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.outstandingAchievementProvincialScope")
                .assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
