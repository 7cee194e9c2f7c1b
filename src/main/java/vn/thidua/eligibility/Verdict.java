package vn.thidua.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.achievement.Award;

/**
 * The answer for one candidate and one award: eligible, or every reason why not; plus the
 * conditions a history cannot show (registration, months employed, conduct) taken as met.
 */
public record Verdict(Award award, RulesInForce rulesInForce, List<Rejection> reasons, Set<String> assumed) {

    public Verdict {
        reasons = List.copyOf(reasons);
        assumed = Set.copyOf(assumed);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    /** Collects the findings of several rules into one verdict. */
    static final class Builder {
        private final Award award;
        private final RulesInForce rules;
        private final List<Rejection> reasons = new ArrayList<>();
        private final Set<String> assumed = new LinkedHashSet<>();

        Builder(Award award, RulesInForce rules) {
            this.award = award;
            this.rules = rules;
        }

        Builder add(Findings findings) {
            reasons.addAll(findings.reasons());
            assumed.addAll(findings.assumed());
            return this;
        }

        Verdict build() {
            return new Verdict(award, rules, reasons, assumed);
        }
    }
}
