package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Huân chương Lao động hạng Ba for a sudden achievement before 2024 (docs/legal-reference.md §2.8): NĐ
 * 65/2014/NĐ-CP Điều 17 khoản 1 điểm a [C, text read] — "có thành tích xuất sắc đột xuất", kept by NĐ
 * 91/2017 [I]; for a collective, khoản 4 điểm a (an outstanding achievement of influence in the ministry
 * or province) read as its one-achievement route [I]. No chain of years: the achievement is judged by
 * people and taken as met.
 */
@LegalBasis(
        document = "Nghị định 65/2014/NĐ-CP (giữ trong NĐ 91/2017/NĐ-CP)",
        article = "17",
        clause = "1",
        inForceFrom = "2014-08-20",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class LaborOrderThirdClassForASuddenAchievementBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.suddenAchievementOldLaw")
                .assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
