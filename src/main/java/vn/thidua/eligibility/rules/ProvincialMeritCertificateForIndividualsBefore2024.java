package vn.thidua.eligibility.rules;

import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Chủ tịch UBND tỉnh before 2024: 2 năm liên tục hoàn thành xuất sắc nhiệm vụ với 2
 * sáng kiến cấp cơ sở; no Chiến sĩ thi đua cơ sở alternative (docs/legal-reference.md §2.2, R11, marked [I]).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "39",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class ProvincialMeritCertificateForIndividualsBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        for (int y = year - 1; y <= year; y++) {
            if (c.ratingIn(y).filter(r -> r == Rating.EXCELLENT).isEmpty()) {
                findings.reject("NOT_EXCELLENT", "eligibility.bkTinh.excellentYear", y);
            }
        }
        long initiatives = c.initiativesIn(year - 1, InitiativeScope.GRASSROOTS)
                + c.initiativesIn(year, InitiativeScope.GRASSROOTS);
        if (initiatives < 2) {
            findings.reject("TOO_FEW_INITIATIVES", "eligibility.bkTinh.initiatives", year - 1, year, initiatives);
        }
        return findings;
    }
}
