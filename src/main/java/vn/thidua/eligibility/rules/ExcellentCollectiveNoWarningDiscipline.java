package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Tập thể lao động xuất sắc" has no member disciplined at "cảnh cáo" or above (docs/legal-reference.md
 * §1.4, R07/R08 [I]). The confirmed copy of Điều 27 did not show the clause while Tập thể lao động
 * tiên tiến (Điều 28) keeps it; a collective would then be "xuất sắc" but not "tiên tiến". The higher
 * title is chosen among collectives that meet the lower one (the old law's wording), so the clause of
 * Điều 28 applies to it too: never eligible for TTLĐXS and refused the lower TTLĐTT.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "27",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class ExcellentCollectiveNoWarningDiscipline implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this);
        c.membersIn(year).ifPresent(m -> Members.requireNoWarningDiscipline(findings, m));
        return findings;
    }
}
