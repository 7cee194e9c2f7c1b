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
 * Huân chương Lao động hạng Ba, cá nhân, before 2024 (Luật 2003 sửa đổi 2013, Điều 42 khoản 1): đã có
 * Bằng khen của Thủ tướng, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian
 * đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cấp tỉnh (docs/legal-reference.md
 * §2.2 [I]: recalled wording, not checked against the gazette). The whole run since the BK Thủ tướng counts.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "42",
        clause = "1",
        inForceFrom = "2014-06-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class LaborOrderThirdClassForIndividualsBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.lawAbidingAndEthical")
                .assume("eligibility.assumed.registered");
        OptionalInt period = Chains.period(
                findings, c, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Award.LABOR_ORDER_THIRD_CLASS, year);
        if (period.isPresent()) {
            int from = period.getAsInt();
            Chains.requireEveryYear(findings, c, from, year, Rating.EXCELLENT);
            long provincial = Chains.initiativesIn(c, from, year, InitiativeScope.PROVINCIAL);
            if (provincial < 2) {
                findings.reject(
                        "TOO_FEW_INITIATIVES", "eligibility.chain.provincialInitiatives", from, year, provincial, 2);
            }
        }
        return findings;
    }
}
