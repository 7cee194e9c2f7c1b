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
 * Huân chương Lao động hạng Ba for a collective: đã được tặng Bằng khen của Thủ tướng Chính phủ, sau
 * đó 5 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 1 lần Cờ thi đua của Chính
 * phủ hoặc 2 lần Cờ thi đua cấp tỉnh (docs/legal-reference.md §2.2 [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "44",
        clause = "2",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class LaborOrderThirdClassForCollectives implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return judge(Findings.of(this), c, year);
    }

    /** The chain after the BK Thủ tướng: every year excellent, 1 Cờ Chính phủ or 2 Cờ tỉnh; the old law's too. */
    static Findings judge(Findings findings, Candidate c, int year) {
        findings.assume("eligibility.assumed.cleanPartyOrganisation");
        OptionalInt period = Chains.period(
                findings, c, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Award.LABOR_ORDER_THIRD_CLASS, year);
        if (period.isPresent()) {
            int from = period.getAsInt();
            Chains.requireEveryYear(findings, c, from, year, Rating.EXCELLENT);
            int governmentFlags = Chains.titlesIn(c, Award.GOVERNMENT_EMULATION_FLAG, from, year);
            int provincialFlags = Chains.titlesIn(c, Award.PROVINCIAL_EMULATION_FLAG, from, year);
            if (governmentFlags < 1 && provincialFlags < 2) {
                findings.reject("TOO_FEW_FLAGS", "eligibility.chain.flags", from, year, provincialFlags);
            }
        }
        return findings;
    }
}
