package vn.dxflow.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/** Values that just meet a threshold: the smallest percentage, count or "yes" it accepts. */
final class SampleValues {

    private SampleValues() {
    }

    /** For every criterion, the value that just meets its threshold at {@code level}; nothing where "Không áp dụng". */
    static Map<String, CriterionValue> meetingLevel(Catalog catalog, int level) {
        Map<String, CriterionValue> values = new HashMap<>();
        catalog.criteria().forEach(criterion -> {
            CriterionValue value = meeting(criterion.levels().get(level));
            if (value != null) {
                values.put(criterion.code(), value);
            }
        });
        return values;
    }

    /** For every criterion, the value that just meets its single target. */
    static Map<String, CriterionValue> meetingTargets(Catalog catalog) {
        Map<String, CriterionValue> values = new HashMap<>();
        catalog.criteria().forEach(criterion -> values.put(criterion.code(), meeting(criterion.target())));
        return values;
    }

    static CriterionValue meeting(Threshold threshold) {
        if (threshold instanceof Threshold.PercentMin percent) {
            return new CriterionValue(percent.min(), null, null, null);
        }
        if (threshold instanceof Threshold.YesNo) {
            return CriterionValue.ofYes(true);
        }
        if (threshold instanceof Threshold.CountMin count) {
            return CriterionValue.ofCount(count.min());
        }
        if (threshold instanceof Threshold.CountOrPercent compound) {
            return CriterionValue.ofCount(compound.minCount());
        }
        if (threshold instanceof Threshold.CommuneDistribution distribution) {
            int level = distribution.share() == null ? distribution.allAtLeast() : distribution.share().level();
            return CriterionValue.ofCommuneLevels(Collections.nCopies(4, level));
        }
        return null;
    }
}
