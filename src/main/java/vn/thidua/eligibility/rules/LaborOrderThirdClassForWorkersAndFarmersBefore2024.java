package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Routes;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Huân chương Lao động hạng Ba for workers and farmers before 2024, without the Bằng khen của Thủ tướng
 * chain (docs/legal-reference.md §2.8): NĐ 65/2014/NĐ-CP Điều 17 khoản 2 điểm b [C, text read], kept by
 * NĐ 91/2017 [I]: initiatives applied with effect and recognised by the district (cấp huyện) — a worker
 * with 03 such initiatives who trains colleagues; a farmer with such an initiative, or with a
 * production model effective and stable for 03 năm trở lên, who helps other households out of poverty
 * and creates jobs. Initiatives and model years counted for an earlier Huân chương Lao động hạng Ba are
 * not counted again (R17); training and helping are not in the record: taken as met.
 */
@LegalBasis(
        document = "Nghị định 65/2014/NĐ-CP (giữ trong NĐ 91/2017/NĐ-CP)",
        article = "17",
        clause = "2",
        inForceFrom = "2014-08-20",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class LaborOrderThirdClassForWorkersAndFarmersBefore2024 implements Routes.Route {

    /** The least district-recognised initiatives of a worker. */
    static final int WORKER_INITIATIVES = 3;

    /** The least years a farmer's model must have been effective and stable. */
    static final int MODEL_YEARS = 3;

    @Override
    public boolean appliesTo(Candidate c) {
        return c.directWorker() || !c.productionModels().isEmpty();
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        if (!Chains.requireNotYetReceived(findings, c, Award.LABOR_ORDER_THIRD_CLASS, year)) {
            return findings;
        }
        int from = Math.max(Chains.firstUncountedYear(c, Award.LABOR_ORDER_THIRD_CLASS, year), 1945);
        long district = Chains.initiativesIn(c, from, year, InitiativeScope.DISTRICT);
        boolean farmer = !c.productionModels().isEmpty();
        int modelYears = PrimeMinisterMeritCertificateForWorkersAndFarmers.modelYears(c, from, year);
        if (c.directWorker() && district >= WORKER_INITIATIVES) {
            findings.assume("eligibility.assumed.trainedColleagues");
        } else if (farmer && (district >= 1 || modelYears >= MODEL_YEARS)) {
            findings.assume("eligibility.assumed.modelCreatesJobs");
        } else {
            findings.reject(
                    "NO_WORKER_OR_FARMER_ROUTE", "eligibility.hcld3.workerRouteBefore2024", year, district, modelYears);
        }
        return findings;
    }
}
