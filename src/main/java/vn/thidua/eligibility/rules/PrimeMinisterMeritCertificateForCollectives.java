package vn.thidua.eligibility.rules;

import java.util.OptionalInt;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Thủ tướng Chính phủ for a collective: đã được tặng Bằng khen cấp tỉnh, sau đó 5 năm
 * liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 1 lần Cờ thi đua cấp tỉnh hoặc 2 lần
 * Tập thể lao động xuất sắc (docs/legal-reference.md §2.2, R15 [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "73",
        clause = "3",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class PrimeMinisterMeritCertificateForCollectives implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return judge(Findings.of(this), c, year);
    }

    /** The chain after the BK tỉnh: every year excellent, 1 Cờ tỉnh or 2 TTLĐXS; the old decree's too. */
    static Findings judge(Findings findings, Candidate c, int year) {
        findings.assume("eligibility.assumed.cleanPartyOrganisation");
        OptionalInt period = Chains.period(
                findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, year);
        if (period.isPresent()) {
            int from = period.getAsInt();
            Chains.requireEveryYear(findings, c, from, year, Rating.EXCELLENT);
            int flags = Chains.titlesIn(c, Award.PROVINCIAL_EMULATION_FLAG, from, year);
            int excellent = Chains.titlesIn(c, Award.EXCELLENT_COLLECTIVE, from, year);
            if (flags < 1 && excellent < 2) {
                findings.reject(
                        "TOO_FEW_COLLECTIVE_TITLES", "eligibility.chain.collectiveTitles", from, year, excellent);
            }
        }
        return findings;
    }
}
