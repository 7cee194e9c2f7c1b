package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Chiến sĩ thi đua cơ sở": 1) đạt danh hiệu Lao động tiên tiến; 2) hoàn thành xuất sắc nhiệm vụ
 * hoặc có sáng kiến được cơ sở công nhận (hoặc đề tài được nghiệm thu) (docs/legal-reference.md §1.3, R02).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "23", inForceFrom = "2024-01-01")
public final class GrassrootsEmulationFighterCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this);
        AdvancedWorkerFirst.require(findings, c, year);
        boolean excellent = c.ratingIn(year).filter(r -> r == Rating.EXCELLENT).isPresent();
        if (!excellent && c.initiativesIn(year, InitiativeScope.GRASSROOTS) == 0) {
            findings.reject("NO_EXCELLENT_RATING_OR_INITIATIVE", "eligibility.cstdcs.excellentOrInitiative", year);
        }
        return findings;
    }

    /** Shared with the old-law class: the LĐTT of the same year, decided or decided in the same round. */
    static final class AdvancedWorkerFirst {

        private AdvancedWorkerFirst() {}

        static void require(Findings findings, Candidate c, int year) {
            if (c.holds(Award.ADVANCED_WORKER, year)) {
                return;
            }
            if (c.ratingIn(year).filter(r -> r.atLeast(Rating.GOOD)).isPresent()) {
                findings.assume("eligibility.assumed.advancedWorkerSameRound");
            } else {
                findings.reject("NO_ADVANCED_WORKER", "eligibility.cstdcs.advancedWorker", year);
            }
        }
    }
}
