package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How many criteria are met among those counted (criteria "Không áp dụng" are not counted), and the rate
 * (tỷ lệ đạt) in percent, rounded to two decimals for display: decisions compare {@link #atLeast} exactly.
 */
public record Tally(int met, int counted, BigDecimal ratePercent) {

    static Tally of(List<CriterionResult> results) {
        int met = (int) results.stream().filter(result -> result.outcome() == Outcome.MET).count();
        int counted = (int) results.stream().filter(result -> result.outcome() != Outcome.NOT_APPLICABLE).count();
        BigDecimal rate = counted == 0 ? null
                : BigDecimal.valueOf(met).multiply(Threshold.HUNDRED)
                        .divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
        return new Tally(met, counted, rate);
    }

    /** met / counted ≥ percent / 100, without rounding. */
    boolean atLeast(BigDecimal percent) {
        return BigDecimal.valueOf(met).multiply(Threshold.HUNDRED)
                .compareTo(percent.multiply(BigDecimal.valueOf(counted))) >= 0;
    }
}
