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
 * Chiến sĩ thi đua cơ sở, hoặc 02 năm trở lên liên tục hoàn thành xuất sắc nhiệm vụ với 2 sáng kiến
 * cấp cơ sở trong chuỗi năm đó (docs/legal-reference.md §2.2, R11). Years counted for an earlier Bằng khen tỉnh are not
 * counted again (R17). Routes a)–c) (outstanding or sudden achievements) are judged by people.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "74", clause = "1", inForceFrom = "2024-01-01")
public final class ProvincialMeritCertificateForIndividuals implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        if (!Chains.requireNotYetReceived(findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year)) {
            return findings;
        }
        // years already counted for an earlier Bằng khen tỉnh are not counted again (R17)
        int earliest = Chains.firstUncountedYear(c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year);
        boolean twoFighterYears = year - 1 >= earliest
                && c.holds(Award.GRASSROOTS_EMULATION_FIGHTER, year - 1)
                && c.holds(Award.GRASSROOTS_EMULATION_FIGHTER, year);
        // "02 năm trở lên liên tục": the whole run of excellent years ending at the judged one
        int from = Chains.runStart(c, year, Rating.EXCELLENT, earliest);
        boolean excellentRun = year - from + 1 >= 2;
        int shown = excellentRun ? from : year - 1;
        long initiatives = Chains.initiativesIn(c, shown, year, InitiativeScope.GRASSROOTS);
        if (!twoFighterYears && !(excellentRun && initiatives >= 2)) {
            findings.reject("NO_REGULAR_ROUTE", "eligibility.bkTinh.route", shown, year, initiatives);
        }
        return findings;
    }
}
