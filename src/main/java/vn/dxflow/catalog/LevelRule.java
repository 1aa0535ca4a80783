package vn.dxflow.catalog;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Graded catalogs (Kon Tum): the reached level is the highest level L at which every criterion applicable at
 * L (not "Không áp dụng") meets its L threshold. The seed gives no combining rule; this is DXFlow's default
 * (BRIEF section 3). Every criterion is mandatory at each level where it applies.
 */
public record LevelRule(String text) implements CombiningRule {

    @Override
    public boolean mandatory(String criterionCode) {
        return true;
    }

    @Override
    public Assessment assess(Catalog catalog, Integer targetLevel, Map<String, CriterionValue> values) {
        List<CriterionResult> results = catalog.criteria().stream()
                .map(criterion -> result(criterion, targetLevel, values.get(criterion.code())))
                .toList();
        int reached = catalog.levels().keySet().stream()
                .filter(level -> results.stream().allMatch(result -> result.levels().get(level).satisfied()))
                .mapToInt(Integer::intValue)
                .max().orElse(0);
        if (targetLevel == null) {
            return new Assessment(catalog.id(), null, reached, null, null, null, null, results, List.of());
        }
        List<String> blocking = CombiningRule.unsatisfied(results);
        return new Assessment(catalog.id(), targetLevel, reached, blocking.isEmpty(), Tally.of(results), null, null,
                results, blocking);
    }

    private static CriterionResult result(Criterion criterion, Integer targetLevel, CriterionValue value) {
        SortedMap<Integer, Outcome> outcomes = new TreeMap<>();
        criterion.levels().forEach((level, threshold) -> outcomes.put(level, threshold.evaluate(value)));
        return new CriterionResult(criterion.code(), true, targetLevel == null ? null : outcomes.get(targetLevel),
                outcomes);
    }
}
