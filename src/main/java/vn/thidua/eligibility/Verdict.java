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
public record Verdict(
        Award award,
        RulesInForce rulesInForce,
        List<Rejection> reasons,
        Set<String> assumed,
        List<String> unconfirmed) {

    public Verdict {
        reasons = List.copyOf(reasons);
        assumed = Set.copyOf(assumed);
        unconfirmed = List.copyOf(unconfirmed);
    }

    public Verdict(Award award, RulesInForce rulesInForce, List<Rejection> reasons, Set<String> assumed) {
        this(award, rulesInForce, reasons, assumed, List.of());
    }

    /**
     * Whether every basis the verdict rests on is confirmed: no [I]/[U] provision applied, no fixed
     * quota standing in for the province's rule, no period whose rules may have changed.
     */
    public boolean confirmed() {
        return unconfirmed.isEmpty();
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
        private final Set<String> unconfirmed = new LinkedHashSet<>();

        Builder(Award award, RulesInForce rules) {
            this.award = award;
            this.rules = rules;
        }

        Builder add(Findings findings) {
            reasons.addAll(findings.reasons());
            assumed.addAll(findings.assumed());
            if (findings.reference().certainty() != vn.thidua.shared.LegalReference.Certainty.CONFIRMED) {
                unconfirmed.add(findings.reference().cite());
            }
            return this;
        }

        /** A basis outside the provisions (a fixed quota, a period's possible amendment) not confirmed. */
        Builder unconfirmed(String note) {
            unconfirmed.add(note);
            return this;
        }

        Verdict build() {
            return new Verdict(award, rules, reasons, assumed, List.copyOf(unconfirmed));
        }
    }
}
