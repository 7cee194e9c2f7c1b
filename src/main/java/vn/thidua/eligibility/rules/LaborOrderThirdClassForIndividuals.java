package vn.thidua.eligibility.rules;

import java.util.OptionalInt;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Huân chương Lao động hạng Ba, cá nhân (điểm e): đã được Bằng khen của Thủ tướng, sau đó 5 năm liên
 * tục hoàn thành tốt nhiệm vụ trở lên, trong đó có 1 năm hoàn thành xuất sắc nhiệm vụ và 3 lần Chiến
 * sĩ thi đua cơ sở (docs/legal-reference.md §2.2, R16).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "44", clause = "1", inForceFrom = "2024-01-01")
public final class LaborOrderThirdClassForIndividuals implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        OptionalInt period = Chains.period(
                findings, c, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Award.LABOR_ORDER_THIRD_CLASS, year);
        if (period.isPresent()) {
            int from = period.getAsInt();
            Chains.requireEveryYear(findings, c, from, year, Rating.GOOD);
            if (!Chains.anyYearRated(c, from, year, Rating.EXCELLENT)) {
                findings.reject("NO_EXCELLENT_YEAR", "eligibility.chain.excellentYear", from, year);
            }
            Chains.requireFighterTitles(findings, c, from, year, 3);
        }
        return findings;
    }
}
