package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.shared.InvalidInput;

/** A block's criteria for a year, by code; totals can exceed the regular maximum through bonuses. */
public final class Scorecard {

    private final Map<String, Criterion> criteria = new LinkedHashMap<>();

    public Scorecard(List<Criterion> criteria) {
        for (Criterion c : criteria) {
            if (this.criteria.putIfAbsent(c.code(), c) != null) {
                throw new IllegalArgumentException("criterion " + c.code() + " twice");
            }
        }
    }

    public Criterion criterion(String code) {
        Criterion c = criteria.get(code);
        if (c == null) {
            throw InvalidInput.of("criterion", "validation.scoring.unknownCriterion", code);
        }
        return c;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria.values());
    }

    /** The highest regular total (bonus and penalty points aside). */
    public BigDecimal regularMaximum() {
        return criteria.values().stream()
                .filter(c -> c.kind() == CriterionKind.LADDER || c.kind() == CriterionKind.THRESHOLD)
                .map(Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
