package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * "Cờ thi đua của Ủy ban nhân dân tỉnh": tập thể dẫn đầu khối, cụm thi đua do tỉnh tổ chức; hoàn
 * thành vượt mức chỉ tiêu; có nhân tố mới, mô hình mới (docs/legal-reference.md §1.4, R09). The 2022 wording was
 * reconstructed from the old law, hence [I]; exceeding targets and the new model are judged by the
 * block and the council, and taken as met here.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "26",
        clause = "1",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class ProvincialEmulationFlagCriteria implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.newModel")
                .assume("eligibility.assumed.collectiveConduct");
        BlockLeader.requireExcellentRating(findings, c, year);
        BlockLeader.require(findings, c, year);
        return findings;
    }
}
