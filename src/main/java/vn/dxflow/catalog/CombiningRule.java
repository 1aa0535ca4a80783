package vn.dxflow.catalog;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Map;

/**
 * How a catalog combines its criteria's results into a level or a verdict. Part of the catalog's data, so a
 * province changes it without code. {@code text} quotes the source's rule, or says that DXFlow assumes one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LevelRule.class, name = "levels"),
    @JsonSubTypes.Type(value = PassRateRule.class, name = "passRate"),
    @JsonSubTypes.Type(value = MandatoryExtendedRule.class, name = "mandatoryExtended")
})
public sealed interface CombiningRule permits LevelRule, PassRateRule, MandatoryExtendedRule {

    String text();

    boolean mandatory(String criterionCode);

    /** Criterion codes the rule names, for the import check (none for rules over all criteria alike). */
    default List<String> referencedCriteria() {
        return List.of();
    }

    Assessment assess(Catalog catalog, Integer targetLevel, Map<String, CriterionValue> values);

    /** The criteria not satisfied, in catalog order. */
    static List<String> unsatisfied(List<CriterionResult> results) {
        return results.stream().filter(result -> !result.outcome().satisfied()).map(CriterionResult::code).toList();
    }
}
