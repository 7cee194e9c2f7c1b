package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Routes;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Thủ tướng for workers and farmers before 2024, without the Bằng khen tỉnh chain
 * (docs/legal-reference.md §2.8): NĐ 65/2014/NĐ-CP Điều 23 khoản 2 [C, text read], kept by NĐ 91/2017
 * [I]: "một trong các tiêu chuẩn sau" — a worker (công nhân) with 02 sáng kiến trở lên that bring
 * benefit and who trains colleagues; a farmer (nông dân) whose production model has been effective and
 * stable for 02 năm trở lên and who helps households out of poverty and creates jobs. The text sets no
 * scope for the initiatives: any recognised initiative counts. Initiatives and model years already
 * counted for an earlier Bằng khen của Thủ tướng are not counted again (R17). Training colleagues and
 * helping households are not in the record: taken as met. Point a (many achievements, or a sudden one,
 * in labour or production with influence in the district) is a matter of judgement, asked on the
 * sudden basis.
 */
@LegalBasis(
        document = "Nghị định 65/2014/NĐ-CP (giữ trong NĐ 91/2017/NĐ-CP)",
        article = "23",
        clause = "2",
        inForceFrom = "2014-08-20",
        inForceUntil = "2023-12-31",
        certainty = Certainty.INFERRED)
public final class PrimeMinisterMeritCertificateForWorkersAndFarmersBefore2024 implements Routes.Route {

    /** The least initiatives of a worker (điểm b). */
    static final int INITIATIVES = 2;

    /** The least years a farmer's model must have been effective and stable (điểm c). */
    static final int MODEL_YEARS = 2;

    @Override
    public boolean appliesTo(Candidate c) {
        return c.directWorker() || !c.productionModels().isEmpty();
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this).assume("eligibility.assumed.lawAbidingAndEthical");
        if (!Chains.requireNotYetReceived(findings, c, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, year)) {
            return findings;
        }
        int from = Math.max(Chains.firstUncountedYear(c, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, year), 1945);
        long initiatives = c.directWorker() ? Chains.initiativesIn(c, from, year, InitiativeScope.GRASSROOTS) : 0;
        int modelYears = PrimeMinisterMeritCertificateForWorkersAndFarmers.modelYears(c, from, year);
        if (initiatives >= INITIATIVES) {
            findings.assume("eligibility.assumed.trainedColleagues");
        } else if (modelYears >= MODEL_YEARS) {
            findings.assume("eligibility.assumed.modelCreatesJobs");
        } else {
            findings.reject(
                    "NO_WORKER_OR_FARMER_ROUTE",
                    "eligibility.bkTtg.workerRouteBefore2024",
                    year,
                    initiatives,
                    modelYears);
        }
        return findings;
    }
}
