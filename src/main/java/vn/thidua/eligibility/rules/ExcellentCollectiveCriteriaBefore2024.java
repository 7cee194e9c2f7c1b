package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Tập thể lao động xuất sắc" under the old law: the 2022 criteria, plus no member disciplined at
 * "cảnh cáo" or above (docs/legal-reference.md §1.4 [I]); registration was required (R28).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "27",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class ExcellentCollectiveCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.collectiveConduct")
                .assume("eligibility.assumed.registered");
        Ratings.requireAtLeast(findings, c, year, Rating.EXCELLENT);
        Members.of(findings, c, year).ifPresent(m -> {
            ExcellentCollectiveCriteria.requireMembers(findings, m);
            Members.requireNoWarningDiscipline(findings, m);
        });
        return findings;
    }
}
