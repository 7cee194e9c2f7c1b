package vn.thidua.eligibility.rules;

import vn.thidua.achievement.InitiativeScope;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Findings;
import vn.thidua.eligibility.Routes;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Giấy khen for a worker or farmer (Luật TĐKT 2022 Điều 75, docs/legal-reference.md §2.2 [I]): a farmer
 * has no yearly duty rating; an initiative recognised in the year, or a production model effective in
 * it, is the achievement instead. The province sets the details (Điều 75 khoản 2), taken as met.
 */
@LegalBasis(
        document = "Luật Thi đua, khen thưởng 2022",
        article = "75",
        inForceFrom = "2024-01-01",
        certainty = Certainty.INFERRED)
public final class CertificateOfCommendationForWorkersAndFarmers implements Routes.Route {

    @Override
    public boolean appliesTo(Candidate c) {
        return c.directWorker() || !c.productionModels().isEmpty();
    }

    @Override
    public Findings evaluate(Candidate c, int year) {
        Findings findings = Findings.of(this)
                .assume("eligibility.assumed.provincialDetails")
                .assume("eligibility.assumed.lawAbidingAndEthical");
        boolean initiative = c.directWorker() && c.initiativesIn(year, InitiativeScope.GRASSROOTS) > 0;
        boolean model = c.productionModels().stream().anyMatch(m -> m.runningIn(year));
        if (!initiative && !model) {
            findings.reject("NO_WORKER_OR_FARMER_ROUTE", "eligibility.giayKhen.workerRoute", year);
        }
        return findings;
    }
}
