package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Huân chương Lao động hạng Ba, tập thể, before 2024: đã có Bằng khen của Thủ tướng, 05 năm tiếp theo trở
 * lên liên tục hoàn thành xuất sắc nhiệm vụ, trong đó 01 Cờ thi đua của Chính phủ hoặc 02 Cờ thi đua cấp
 * tỉnh (docs/legal-reference.md §2.2 [I]).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2003 (sửa đổi 2013)",
        article = "42",
        clause = "2",
        inForceFrom = "2004-01-01",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class LaborOrderThirdClassForCollectivesBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return LaborOrderThirdClassForCollectives.judge(
                Findings.of(this).assume("eligibility.assumed.registered"), c, year);
    }
}
