package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;

/**
 * "Chiến sĩ thi đua cấp tỉnh": 3 lần liên tục đạt Chiến sĩ thi đua cơ sở, and an initiative applied
 * effectively within the province; years already counted for an earlier CSTĐ tỉnh are not counted
 * again (docs/legal-reference.md §1.3, R04).
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "22", inForceFrom = "2024-01-01")
public final class ProvincialEmulationFighterCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return judge(Findings.of(this), c, year);
    }

    /** Three consecutive CSTĐCS not yet counted, and a provincial-scope initiative; the old law's too. */
    static Findings judge(Findings findings, Candidate c, int year) {
        for (int y = year - 2; y <= year; y++) {
            if (!c.holds(Award.GRASSROOTS_EMULATION_FIGHTER, y)) {
                findings.reject("CHAIN_BROKEN", "eligibility.cstdTinh.chain", y);
            }
        }
        for (int y = year - 2; y < year; y++) {
            if (c.holds(Award.PROVINCIAL_EMULATION_FIGHTER, y)) {
                findings.reject("YEARS_ALREADY_COUNTED", "eligibility.cstdTinh.alreadyCounted", y);
            }
        }
        long provincial = 0;
        for (int y = year - 2; y <= year; y++) {
            provincial += c.initiativesIn(y, InitiativeScope.PROVINCIAL);
        }
        if (provincial == 0) {
            boolean grassrootsOnly = c.initiativesIn(year, InitiativeScope.GRASSROOTS) > 0
                    || c.initiativesIn(year - 1, InitiativeScope.GRASSROOTS) > 0
                    || c.initiativesIn(year - 2, InitiativeScope.GRASSROOTS) > 0;
            findings.reject(
                    "INITIATIVE_SCOPE",
                    grassrootsOnly ? "eligibility.cstdTinh.initiativeTooNarrow" : "eligibility.cstdTinh.noInitiative",
                    year - 2,
                    year);
        }
        return findings;
    }
}
