package vn.thidua.eligibility.rules;

import java.util.OptionalInt;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Bằng khen của Thủ tướng Chính phủ, cá nhân (điểm b): đã được Bằng khen cấp tỉnh, sau đó 5 năm liên
 * tục hoàn thành tốt nhiệm vụ trở lên, trong đó có 3 lần Chiến sĩ thi đua cơ sở (docs/legal-reference.md §2.2, R13).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "73", clause = "1", inForceFrom = "2024-01-01")
public final class PrimeMinisterMeritCertificateForIndividuals implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        OptionalInt from = Chains.period(
                findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, year);
        if (from.isPresent()) {
            Chains.requireEveryYear(findings, c, from.getAsInt(), year, Rating.GOOD);
            Chains.requireFighterTitles(findings, c, from.getAsInt(), year, 3);
        }
        return findings;
    }
}
