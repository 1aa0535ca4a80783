package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.util.List;

/**
 * The value a unit enters (or the council appraises) for one criterion. Each threshold kind reads the
 * fields it needs: {@code percent} for percentages, {@code yes} for "Có …", {@code count} for minimum
 * counts, {@code count} and {@code percent} for the compound kind, {@code communeLevels} (the reached
 * level of each of the district's communes, 0 = none) for the distribution of commune levels.
 */
public record CriterionValue(BigDecimal percent, Boolean yes, Integer count, List<Integer> communeLevels) {

    public CriterionValue {
        communeLevels = communeLevels == null ? null : List.copyOf(communeLevels);
    }

    public static CriterionValue ofPercent(String percent) {
        return new CriterionValue(new BigDecimal(percent), null, null, null);
    }

    public static CriterionValue ofYes(boolean yes) {
        return new CriterionValue(null, yes, null, null);
    }

    public static CriterionValue ofCount(int count) {
        return new CriterionValue(null, null, count, null);
    }

    public static CriterionValue ofCommuneLevels(List<Integer> levels) {
        return new CriterionValue(null, null, null, levels);
    }
}
