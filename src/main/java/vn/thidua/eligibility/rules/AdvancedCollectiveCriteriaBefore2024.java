package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Tập thể lao động tiên tiến": hoàn thành tốt nhiệm vụ; trên 50% thành viên đạt Lao động tiên
 * tiến; không có thành viên bị kỷ luật từ cảnh cáo trở lên (docs/legal-reference.md §1.4, R07). Confirmed from the Lạng Sơn portal
 * (docs/legal-reference.md §10); registration was required (R28).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "28",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.CONFIRMED)
public final class AdvancedCollectiveCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.collectiveConduct")
                .assume("eligibility.assumed.registered");
        Ratings.requireAtLeast(findings, c, year, Rating.GOOD);
        Members.of(findings, c, year).ifPresent(m -> {
            Members.requireAdvancedShare(findings, m, 50, true);
            Members.requireNoWarningDiscipline(findings, m);
        });
        return findings;
    }
}
