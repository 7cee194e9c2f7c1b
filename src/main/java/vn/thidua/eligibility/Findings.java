package vn.thidua.eligibility;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference;

/** What one rule found: its rejections, and what it had to take as met. */
public final class Findings {

    private final LegalReference reference;
    private final List<Rejection> reasons = new ArrayList<>();
    private final List<String> assumed = new ArrayList<>();

    private Findings(LegalReference reference) {
        this.reference = reference;
    }

    /** Findings of a rule class, citing its {@link LegalBasis}. */
    public static Findings of(Object rule) {
        LegalBasis basis = rule.getClass().getAnnotation(LegalBasis.class);
        if (basis == null) {
            throw new IllegalStateException(rule.getClass() + " has no @LegalBasis");
        }
        return new Findings(LegalReference.of(basis));
    }

    public Findings reject(String code, String messageKey, Object... args) {
        reasons.add(new Rejection(code, reference, messageKey, List.of(args)));
        return this;
    }

    public Findings assume(String condition) {
        assumed.add(condition);
        return this;
    }

    public List<Rejection> reasons() {
        return reasons;
    }

    public List<String> assumed() {
        return assumed;
    }
}
