package vn.dxflow.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Pass/fail catalogs judged by their rate (Thanh Hóa): each criterion is Đạt/Không đạt against its target and
 * the unit passes when the rate of criteria met is at least {@code minPassPercent}. Thanh Hóa delegates the
 * condition to Điều 2 of QĐ 1829/QĐ-UBND, which is not in the seeds: while {@code minPassPercent} is blank the
 * rate is still computed and the verdict stays undetermined (null).
 */
public record PassRateRule(String text, BigDecimal minPassPercent) implements CombiningRule {

    public PassRateRule {
        if (minPassPercent != null && (minPassPercent.signum() < 0 || minPassPercent.compareTo(Threshold.HUNDRED) > 0)) {
            throw new InvalidValueException("minPassPercent must be between 0 and 100, not " + minPassPercent,
                    "minPassPercent phải nằm trong khoảng 0 đến 100, không phải " + minPassPercent.toPlainString());
        }
    }

    /** No criterion is required on its own: the rate decides. */
    @Override
    public boolean mandatory(String criterionCode) {
        return false;
    }

    @Override
    public Assessment assess(Catalog catalog, Integer targetLevel, Map<String, CriterionValue> values) {
        List<CriterionResult> results = catalog.criteria().stream()
                .map(criterion -> CriterionResult.againstTarget(criterion, false, values))
                .toList();
        Tally tally = Tally.of(results);
        Boolean passed = minPassPercent == null ? null : tally.atLeast(minPassPercent);
        List<String> blocking = Boolean.TRUE.equals(passed) ? List.of() : CombiningRule.unsatisfied(results);
        return new Assessment(catalog.id(), null, null, null, passed, tally, null, null, results, blocking);
    }
}
