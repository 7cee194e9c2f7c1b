package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for a collective, the regular route: 2 năm liên tục hoàn thành
 * xuất sắc nhiệm vụ trở lên, nội bộ đoàn kết (docs/legal-reference.md §2.2, R12 [I]): the whole
 * consecutive run ending at the judged year counts, not a fixed last two years. The routes for outstanding or sudden
 * achievements are judged by people.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "74",
        clause = "2",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class ProvincialMeritCertificateForCollectives implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return judge(Findings.of(this).assume("eligibility.assumed.collectiveConduct"), c, year);
    }

    /**
     * "02 năm trở lên liên tục": the whole run of excellent years ending at the judged one, from the
     * year after an earlier Bằng khen tỉnh (R12, R17); the old decree's route too.
     */
    static Findings judge(Findings findings, Candidate c, int year) {
        if (!Chains.requireNotYetReceived(findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year)) {
            return findings;
        }
        int earliest = Chains.firstUncountedYear(c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year);
        int from = Chains.runStart(c, year, Rating.EXCELLENT, earliest);
        if (year - from + 1 >= 2) {
            return findings;
        }
        if (!Ratings.requireAtLeast(findings, c, year, Rating.EXCELLENT)) {
            Ratings.requireAtLeast(findings, c, year - 1, Rating.EXCELLENT);
        } else if (year - 1 < earliest) {
            findings.reject("YEARS_ALREADY_COUNTED", "eligibility.bkTinhTapThe.alreadyCounted", year - 1);
        } else {
            Ratings.requireAtLeast(findings, c, year - 1, Rating.EXCELLENT);
        }
        return findings;
    }
}
