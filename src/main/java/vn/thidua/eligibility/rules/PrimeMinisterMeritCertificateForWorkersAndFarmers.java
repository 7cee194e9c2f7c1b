package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Routes;
import vn.thidua.shared.LegalBasis;

/**
 * Bằng khen của Thủ tướng for workers and farmers without the Bằng khen tỉnh chain (Luật TĐKT 2022
 * Điều 73 khoản 2, docs/legal-reference.md §2.2, R14): a worker (người trực tiếp lao động) with an
 * initiative recognised at district (huyện) scope or wider who trains colleagues; or a farmer whose
 * production model has been effective and stable for 02 năm trở lên and creates jobs. Initiatives
 * and model years already counted for an earlier Bằng khen của Thủ tướng are not counted again (R17).
 * Training colleagues and creating jobs are not in the record and are taken as met.
 */
@LegalBasis(document = "Luật Thi đua, khen thưởng 2022", article = "73", clause = "2", inForceFrom = "2024-01-01")
public final class PrimeMinisterMeritCertificateForWorkersAndFarmers implements Routes.Route {

    /** The least years a farmer's model must have been effective and stable. */
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
        int earliest = Chains.firstUncountedYear(c, Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, year);
        int from = Math.max(earliest, 1945);
        boolean worker = c.directWorker() && Chains.initiativesIn(c, from, year, InitiativeScope.DISTRICT) > 0;
        int modelYears = modelYears(c, from, year);
        if (worker) {
            findings.assume("eligibility.assumed.trainedColleagues");
        } else if (modelYears >= MODEL_YEARS) {
            findings.assume("eligibility.assumed.modelCreatesJobs");
        } else {
            findings.reject("NO_WORKER_OR_FARMER_ROUTE", "eligibility.bkTtg.workerRoute", year, modelYears);
        }
        return findings;
    }

    /** The longest run, ending in {@code year}, of a model still effective then, counted from {@code from}. */
    static int modelYears(Candidate c, int from, int year) {
        int best = 0;
        for (Candidate.ProductionModel m : c.productionModels()) {
            if (m.runningIn(year)) {
                best = Math.max(best, year - Math.max(m.since(), from) + 1);
            }
        }
        return best;
    }
}
