package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Giấy khen before 2024 (Luật 2003 Điều 75, Nghị định 91/2017/NĐ-CP): at least "hoàn thành tốt nhiệm
 * vụ", good conduct; the details were the province's (docs/legal-reference.md §2.2 [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "75",
        clause = "",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class CertificateOfCommendationCriteriaBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return CertificateOfCommendationCriteria.judge(Findings.of(this), c, year);
    }
}
