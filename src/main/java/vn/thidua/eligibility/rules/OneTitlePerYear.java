package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * A title (danh hiệu thi đua) is given once for a year's achievement: a candidate already holding it
 * for the judged year is not eligible again (Luật TĐKT 2022 Điều 5: một thành tích không khen nhiều
 * lần; docs/legal-reference.md R17). An eligibility list therefore names who may still be proposed;
 * those already holding the title are counted apart (docs/legal-reference.md §2.3).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "5", inForceFrom = "2024-01-01")
public final class OneTitlePerYear implements Rule {

    private final vn.thidua.achievement.Award title;

    public OneTitlePerYear(vn.thidua.achievement.Award title) {
        this.title = title;
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this);
        Chains.requireTitleNotHeld(findings, c, title, year);
        return findings;
    }
}
