package vn.thidua.eligibility.rules;

import java.util.OptionalInt;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Thủ tướng, cá nhân, before 2024: đã có Bằng khen cấp tỉnh, sau đó 5 năm liên tục hoàn
 * thành xuất sắc nhiệm vụ với 5 sáng kiến cấp cơ sở (NĐ 65/2014 Điều 23, carried into NĐ 91; docs/legal-reference.md R32).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class PrimeMinisterMeritCertificateForIndividualsBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        OptionalInt period = Chains.period(
                findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, year);
        if (period.isPresent()) {
            int from = period.getAsInt();
            Chains.requireEveryYear(findings, c, from, year, Rating.EXCELLENT);
            long initiatives = 0;
            for (int y = from; y <= year; y++) {
                initiatives += c.initiativesIn(y, InitiativeScope.GRASSROOTS);
            }
            if (initiatives < 5) {
                findings.reject("TOO_FEW_INITIATIVES", "eligibility.chain.initiatives", from, year, initiatives, 5);
            }
        }
        return findings;
    }
}
