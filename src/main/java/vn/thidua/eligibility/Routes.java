package vn.thidua.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Alternative routes to one award (the law's "một trong các tiêu chuẩn sau"): the first route is
 * the general one and always judged; the others only for the candidates they are written for (a
 * worker, a farmer: Luật TĐKT 2022 Điều 73 khoản 2, Điều 74, Điều 75). The candidate qualifies when
 * any route finds nothing missing; otherwise every route judged gives its reasons.
 */
public final class Routes {

    /** A route written for some candidates only. */
    public interface Route extends Rule {
        boolean appliesTo(Candidate candidate);
    }

    private final List<Rule> routes;

    Routes(Rule general, Route... others) {
        List<Rule> all = new ArrayList<>();
        all.add(general);
        all.addAll(List.of(others));
        this.routes = List.copyOf(all);
    }

    List<Rule> routes() {
        return routes;
    }

    /** The passing route's findings, or every judged route's findings when none passes. */
    List<Findings> judge(Candidate candidate, int year, LocalDate reviewDate) {
        List<Findings> judged = new ArrayList<>();
        for (Rule route : routes) {
            if (route instanceof Route special && !special.appliesTo(candidate)) {
                continue;
            }
            Findings findings =
                    reviewDate == null ? route.evaluate(candidate, year) : route.evaluate(candidate, year, reviewDate);
            if (findings.reasons().isEmpty()) {
                return List.of(findings);
            }
            judged.add(findings);
        }
        return judged;
    }
}
