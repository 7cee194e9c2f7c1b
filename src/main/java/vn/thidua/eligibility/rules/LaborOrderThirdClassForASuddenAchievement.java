package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Huân chương Lao động hạng Ba for a sudden achievement (Điều 44 khoản 1 điểm a for individuals, khoản 2 for
 * collectives; docs/legal-reference.md §2.2 [I] for the wording): an especially outstanding sudden
 * achievement (thành tích đặc biệt xuất sắc đột xuất) of provincial scope or wider, confirmed by the
 * competent body. No chain of years: it is not judged from the record and is taken as met.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "44",
        clause = "",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class LaborOrderThirdClassForASuddenAchievement implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this)
                .assume("eligibility.assumed.exceptionalSuddenAchievement")
                .assume("eligibility.assumed.lawAbidingAndEthical");
    }
}
