package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for an individual, the regular route (điểm d): 2 lần liên tục đạt
 * Chiến sĩ thi đua cơ sở, hoặc 2 năm liên tục hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến cấp cơ
 * sở (docs/legal-reference.md §2.2, R11). Routes a)–c) (outstanding or sudden achievements) are judged by people.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "74", clause = "1", inForceFrom = "2024-01-01")
public final class ProvincialMeritCertificateForIndividuals implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        boolean twoFighterYears = c.holds(Award.GRASSROOTS_EMULATION_FIGHTER, year - 1)
                && c.holds(Award.GRASSROOTS_EMULATION_FIGHTER, year);
        boolean twoExcellentYears =
                c.ratingIn(year - 1).filter(r -> r == Rating.EXCELLENT).isPresent()
                        && c.ratingIn(year).filter(r -> r == Rating.EXCELLENT).isPresent();
        long initiatives = c.initiativesIn(year - 1, InitiativeScope.GRASSROOTS)
                + c.initiativesIn(year, InitiativeScope.GRASSROOTS);
        if (!twoFighterYears && !(twoExcellentYears && initiatives >= 2)) {
            findings.reject("NO_REGULAR_ROUTE", "eligibility.bkTinh.route", year - 1, year, initiatives);
        }
        return findings;
    }
}
