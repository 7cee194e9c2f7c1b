package vn.thidua.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.Candidate.Kind;
import vn.thidua.shared.LegalReference.Certainty;

/**
 * Award money (tiền thưởng, docs/legal-reference.md §2.1, R20): the catalogue's multiple for the rules in force on
 * the decision date × the base salary in force that day, rounded up to the next 10,000 đ. The base
 * salary is a dated table, and any multiple docs/legal-reference.md leaves open can be set by the province
 * ({@code multiples.PROVINCIAL_CERTIFICATE_OF_MERIT.LAW_2022_ND98.INDIVIDUAL: 1.5}).
 */
@ConfigurationProperties("thidua.award-money")
public record AwardMoney(List<BaseSalary> baseSalaries, Map<String, BigDecimal> multiples) {

    private static final BigDecimal ROUND_TO = BigDecimal.valueOf(10_000);

    /** Mức lương cơ sở from a day, with its source's certainty. */
    public record BaseSalary(LocalDate from, long amount, Certainty certainty) {}

    /** An amount and how it was reached; {@code certain} is false when any figure is not confirmed. */
    public record Amount(long dong, BigDecimal multiple, long baseSalary, boolean certain, RulesInForce rules) {}

    public AwardMoney {
        baseSalaries = baseSalaries == null
                ? List.of()
                : baseSalaries.stream()
                        .sorted(Comparator.comparing(BaseSalary::from))
                        .toList();
        multiples = multiples == null ? Map.of() : Map.copyOf(multiples);
    }

    /** The base salary in force on the day, if the table reaches back that far. */
    public Optional<BaseSalary> baseSalaryOn(LocalDate day) {
        return baseSalaries.stream().filter(b -> !b.from().isAfter(day)).reduce((a, b) -> b);
    }

    /** The multiple for an award decided under these rules, the province's setting first. */
    public Optional<Catalogue.Multiple> multiple(Award award, RulesInForce rules, Kind kind) {
        BigDecimal set = multiples.get(award.name() + "." + rules.name() + "." + kind.name());
        if (set != null) {
            return Optional.of(new Catalogue.Multiple(set, Certainty.CONFIRMED));
        }
        return Catalogue.of(award).multiple(rules, kind);
    }

    /** The amount for an award decided on {@code decisionDate} for this kind of recipient. */
    public Optional<Amount> amount(Award award, Kind kind, LocalDate decisionDate) {
        RulesInForce rules = RulesInForce.on(decisionDate);
        return multiple(award, rules, kind)
                .flatMap(m -> baseSalaryOn(decisionDate)
                        .map(base -> new Amount(
                                m.value()
                                        .multiply(BigDecimal.valueOf(base.amount()))
                                        .divide(ROUND_TO, 0, RoundingMode.CEILING)
                                        .multiply(ROUND_TO)
                                        .longValueExact(),
                                m.value(),
                                base.amount(),
                                m.certainty() == Certainty.CONFIRMED && base.certainty() == Certainty.CONFIRMED,
                                rules)));
    }
}
