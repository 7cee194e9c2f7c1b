package vn.thidua.eligibility;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference;

/** What one rule found: its rejections, and what it had to take as met. */
public final class Findings {

    private final LegalReference reference;
    private final List<Rejection> reasons = new ArrayList<>(2);
    private final List<String> assumed = new ArrayList<>(4);

    private Findings(LegalReference reference) {
        this.reference = reference;
    }

    /** Each rule class's reference, read from its annotation once: the sweep judges millions of times. */
    private static final ClassValue<LegalReference> REFERENCES = new ClassValue<>() {
        @Override
        protected LegalReference computeValue(Class<?> type) {
            LegalBasis basis = type.getAnnotation(LegalBasis.class);
            if (basis == null) {
                throw new IllegalStateException(type + " has no @LegalBasis");
            }
            return LegalReference.of(basis);
        }
    };

    /** Findings of a rule class, citing its {@link LegalBasis}. */
    public static Findings of(Object rule) {
        return new Findings(REFERENCES.get(rule.getClass()));
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

    /** The provision these findings cite. */
    public LegalReference reference() {
        return reference;
    }

    public List<String> assumed() {
        return assumed;
    }
}
