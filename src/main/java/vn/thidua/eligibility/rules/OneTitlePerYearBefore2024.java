package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * A title is given once for a year's achievement under the old law too (Luật TĐKT 2003 Điều 6, the
 * principle of "chính xác, công khai, công bằng, kịp thời"; docs/legal-reference.md R17 [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "6",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class OneTitlePerYearBefore2024 implements Rule {

    private final vn.thidua.achievement.Award title;

    public OneTitlePerYearBefore2024(vn.thidua.achievement.Award title) {
        this.title = title;
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this);
        Chains.requireTitleNotHeld(findings, c, title, year);
        return findings;
    }
}
