package vn.thidua.eligibility.rules;

import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Routes;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Bằng khen của Chủ tịch UBND tỉnh for a worker or farmer (the worker point of Luật TĐKT 2022 Điều 74,
 * docs/legal-reference.md §2.2 [I]): effective production with an initiative recognised in the judged
 * year or the one before, or a production model effective in the judged year. The province sets the
 * details; they are taken as met. Years counted for an earlier Bằng khen tỉnh are not counted again (R17).
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "74",
        clause = "1",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class ProvincialMeritCertificateForWorkersAndFarmers implements Routes.Route {

    @Override
    public boolean appliesTo(Candidate c) {
        return c.directWorker() || !c.productionModels().isEmpty();
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.provincialDetails")
                .assume("eligibility.assumed.lawAbidingAndEthical");
        if (!Chains.requireNotYetReceived(findings, c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year)) {
            return findings;
        }
        int from = Math.max(year - 1, Chains.firstUncountedYear(c, Award.PROVINCIAL_CERTIFICATE_OF_MERIT, year));
        boolean initiative = c.directWorker() && Chains.initiativesIn(c, from, year, InitiativeScope.GRASSROOTS) > 0;
        boolean model = PrimeMinisterMeritCertificateForWorkersAndFarmers.modelYears(c, from, year) >= 1;
        if (!initiative && !model) {
            findings.reject("NO_WORKER_OR_FARMER_ROUTE", "eligibility.bkTinh.workerRoute", from, year);
        }
        return findings;
    }
}
