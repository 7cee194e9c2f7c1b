package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Chiến sĩ thi đua toàn quốc": 2 lần liên tục Chiến sĩ thi đua cấp tỉnh and an initiative of national
 * scope (docs/legal-reference.md §1.3, R05). Article confirmed; reading "2 lần liên tục" as two successive 3-year
 * cycles (the second in the judged year, the first 3 years earlier) is this system's inference.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "21",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class NationalEmulationFighterCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return judge(Findings.of(this), c, year);
    }

    /** Twice CSTĐ tỉnh not yet counted, and a national-scope initiative; the old law's too. */
    static Findings judge(Findings findings, Candidate c, int year) {
        for (int y : new int[] {year - 3, year}) {
            if (!c.holds(Award.PROVINCIAL_EMULATION_FIGHTER, y)) {
                findings.reject("CHAIN_BROKEN", "eligibility.cstdtq.chain", y);
            }
        }
        // a CSTĐ tỉnh already used for an earlier CSTĐ toàn quốc is not counted again (R17)
        for (int y = year - 3; y < year; y++) {
            if (c.holds(Award.NATIONAL_EMULATION_FIGHTER, y)) {
                findings.reject("YEARS_ALREADY_COUNTED", "eligibility.cstdtq.alreadyCounted", y);
            }
        }
        long national = 0;
        for (int y = year - 5; y <= year; y++) {
            national += c.initiativesIn(y, InitiativeScope.NATIONAL);
        }
        if (national == 0) {
            findings.reject("INITIATIVE_SCOPE", "eligibility.cstdtq.initiative", year - 5, year);
        }
        return findings;
    }
}
