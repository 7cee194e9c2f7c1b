package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Thủ tướng, tập thể, before 2024: đã có Bằng khen cấp tỉnh, sau đó 05 năm liên tục trở lên
 * hoàn thành xuất sắc nhiệm vụ, trong đó 01 Cờ thi đua cấp tỉnh hoặc 02 lần Tập thể lao động xuất sắc
 * (docs/legal-reference.md R15 [I]: the 2022 structure, read into the old decree).
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "38",
        clause = "2",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class PrimeMinisterMeritCertificateForCollectivesBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        return PrimeMinisterMeritCertificateForCollectives.judge(
                Findings.of(this).assume("eligibility.assumed.registered"), c, year);
    }
}
