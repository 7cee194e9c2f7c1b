package vn.thidua.eligibility.rules;

import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Routes;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Thủ tướng for a worker or farmer before 2024: the old law (Luật TĐKT 2003 sửa đổi
 * 2013, NĐ 91/2017 Điều 38) is recalled to have had a point for workers and farmers, but its wording
 * is not checked here (docs/legal-reference.md §2.5). Rather than answer "no" on the general chain
 * alone, the verdict of a worker or farmer says this route is not encoded and must be judged by hand;
 * it never makes anyone eligible.
 */
@LegalBasis(
        document = "Nghị định 91/2017/NĐ-CP",
        article = "38",
        inForceFrom = "2017-07-31",
        inForceUntil = "2023-12-31",
        certainty = Certainty.UNCONFIRMED)
public final class PrimeMinisterMeritCertificateForWorkersAndFarmersBefore2024 implements Routes.Route {

    @Override
    public boolean appliesTo(Candidate c) {
        return c.directWorker() || !c.productionModels().isEmpty();
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        return Findings.of(this).reject("WORKER_ROUTE_NOT_ENCODED", "eligibility.bkTtg.workerRouteBefore2024", year);
    }
}
