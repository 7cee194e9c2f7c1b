package vn.thidua.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a member's final points for a criterion come from its self-assessment and the others'
 * cross-scores: the mean of the cross-scores, or the mean after dropping the highest and the lowest
 * (with at least three), then weighted with the self-assessment ({@code selfWeight} from 0 to 1).
 */
public record AggregationRule(Method method, BigDecimal selfWeight) {

    public enum Method {
        /** Trung bình cộng điểm chấm chéo. */
        MEAN,
        /** Bỏ điểm cao nhất và thấp nhất rồi lấy trung bình. */
        TRIMMED_MEAN
    }

    static final int SCALE = 2;

    public AggregationRule {
        if (selfWeight == null || selfWeight.signum() < 0 || selfWeight.compareTo(BigDecimal.ONE) > 0) {
            throw vn.thidua.shared.InvalidInput.of("selfWeightPercent", "validation.scoring.selfWeight");
        }
    }

    /** The criterion's points: null when nobody scored it. */
    BigDecimal aggregate(BigDecimal self, List<BigDecimal> cross) {
        BigDecimal others = crossPoints(cross);
        if (others == null) {
            return self;
        }
        if (self == null) {
            return others;
        }
        return self.multiply(selfWeight)
                .add(others.multiply(BigDecimal.ONE.subtract(selfWeight)))
                .setScale(SCALE, RoundingMode.HALF_UP);
    }

    private BigDecimal crossPoints(List<BigDecimal> cross) {
        if (cross.isEmpty()) {
            return null;
        }
        List<BigDecimal> counted = cross;
        if (method == Method.TRIMMED_MEAN && cross.size() >= 3) {
            counted = cross.stream().sorted().toList().subList(1, cross.size() - 1);
        }
        BigDecimal sum = counted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(counted.size()), SCALE, RoundingMode.HALF_UP);
    }
}
