package vn.dxflow.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Graded catalogs (Kon Tum): the reached level is the highest level L at which every criterion applicable at
 * L (not "Không áp dụng") meets its L threshold. The seed gives no combining rule; this is DXFlow's default
 * (BRIEF section 3). Every criterion is mandatory at each level where it applies.
 *
 * <p>Each criterion is judged Đạt/Không đạt at one level, the assessed level: the registered target, or, in a campaign
 * without registration, the level the values reach (level 1 while they reach none, so that the criteria standing
 * between the unit and any recognition show as not met). The forms and reports then print the same verdicts and
 * counts whether or not the unit registered.
 */
public record LevelRule(String text) implements CombiningRule {

    @Override
    public boolean mandatory(String criterionCode) {
        return true;
    }

    @Override
    public Assessment assess(Catalog catalog, Integer targetLevel, Map<String, CriterionValue> values) {
        List<SortedMap<Integer, Outcome>> outcomes = catalog.criteria().stream()
                .map(criterion -> outcomes(criterion, values.get(criterion.code())))
                .toList();
        int reached = catalog.levels().keySet().stream()
                .filter(level -> outcomes.stream().allMatch(byLevel -> byLevel.get(level).satisfied()))
                .mapToInt(Integer::intValue)
                .max().orElse(0);
        int assessed = targetLevel != null ? targetLevel : Math.max(reached, catalog.levels().firstKey());
        List<CriterionResult> results = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            results.add(new CriterionResult(catalog.criteria().get(i).code(), true, outcomes.get(i).get(assessed),
                    outcomes.get(i)));
        }
        List<String> blocking = CombiningRule.unsatisfied(results);
        return new Assessment(catalog.id(), targetLevel, assessed, reached, blocking.isEmpty(), Tally.of(results), null,
                null, results, blocking);
    }

    private static SortedMap<Integer, Outcome> outcomes(Criterion criterion, CriterionValue value) {
        SortedMap<Integer, Outcome> outcomes = new TreeMap<>();
        criterion.levels().forEach((level, threshold) -> outcomes.put(level, threshold.evaluate(value)));
        return outcomes;
    }
}
