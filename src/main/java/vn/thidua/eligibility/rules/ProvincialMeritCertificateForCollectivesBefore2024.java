package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Rule;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for a collective, the regular route: 2 năm liên tục hoàn thành
 * xuất sắc nhiệm vụ, nội bộ đoàn kết (docs/legal-reference.md §2.2, R12 [I]; the old decree had the same route). The routes for outstanding or sudden
 * achievements are judged by people.
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "39",
        clause = "2",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class ProvincialMeritCertificateForCollectivesBefore2024 implements Rule {

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.collectiveConduct")
                .assume("eligibility.assumed.registered");
        return ProvincialMeritCertificateForCollectives.judge(findings, c, year);
    }
}
