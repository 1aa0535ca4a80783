package vn.dxflow.catalog;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One criterion's result.
 *
 * @param mandatory whether the criterion must be met whatever the others do (Bắt buộc)
 * @param outcome   at the assessed level (graded catalogs, see {@link Assessment#assessedLevel}) or against the
 *                  single target (pass/fail catalogs)
 * @param levels    graded catalogs: the outcome at every level; empty otherwise
 */
public record CriterionResult(String code, boolean mandatory, Outcome outcome, SortedMap<Integer, Outcome> levels) {

    public CriterionResult {
        levels = Collections.unmodifiableSortedMap(levels == null ? new TreeMap<>() : new TreeMap<>(levels));
    }

    /** The outcome as the forms and reports print it ("Đạt", "Không đạt", ...). */
    @JsonProperty("label")
    public String label() {
        return outcome.label();
    }

    static CriterionResult againstTarget(Criterion criterion, boolean mandatory, Map<String, CriterionValue> values) {
        return new CriterionResult(criterion.code(), mandatory,
                criterion.target().evaluate(values.get(criterion.code())), null);
    }
}
