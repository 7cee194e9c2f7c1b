package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Chủ tịch UBND tỉnh before 2024: 02 năm trở lên liên tục hoàn thành xuất sắc nhiệm vụ
 * với 2 sáng kiến cấp cơ sở trong chuỗi năm đó (years of an earlier Bằng khen tỉnh not counted again, R17); no Chiến sĩ thi đua cơ sở alternative (docs/legal-reference.md §2.2, R11, marked [I]).
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
        if (!Chains.requireNotYetReceived(findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year)) {
            return findings;
        }
        // years already counted for an earlier Bằng khen tỉnh are not counted again (R17)
        int earliest = Chains.firstUncountedYear(c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year);
        // the whole run of excellent years ending at the judged one, 2 years or more
        int from = Chains.runStart(c, year, Rating.EXCELLENT, earliest);
        if (year - from + 1 < 2) {
            for (int y = year - 1; y <= year; y++) {
                if (y < earliest) {
                    findings.reject("YEARS_ALREADY_COUNTED", "eligibility.bkTinh.alreadyCounted", y);
                } else if (c.ratingIn(y).filter(r -> r == Rating.EXCELLENT).isEmpty()) {
                    findings.reject("NOT_EXCELLENT", "eligibility.bkTinh.excellentYear", y);
                }
            }
            from = Math.max(year - 1, earliest);
        }
        long initiatives = Chains.initiativesIn(c, from, year, InitiativeScope.GRASSROOTS);
        if (initiatives < 2) {
            findings.reject("TOO_FEW_INITIATIVES", "eligibility.bkTinh.initiatives", from, year, initiatives);
        }
        return findings;
    }
}
