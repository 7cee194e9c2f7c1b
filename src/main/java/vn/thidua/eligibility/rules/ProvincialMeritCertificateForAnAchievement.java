package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for one achievement, not for years of work: a) thành tích xuất
 * sắc tiêu biểu trong phong trào thi đua do tỉnh phát động; b) thành tích đột xuất (docs/legal-reference.md §2.2).
 * The achievement itself is judged by the unit and the council; no chain of years applies, and the
 * award will not count towards later regular ones (NĐ 98/2023 Điều 4, R18).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "74", clause = "1", inForceFrom = "2024-01-01")
public final class ProvincialMeritCertificateForAnAchievement implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.outstandingAchievement")
                .assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
