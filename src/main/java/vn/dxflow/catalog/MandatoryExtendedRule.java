package vn.dxflow.catalog;

import java.util.List;
import java.util.Map;

/**
 * Pass/fail catalogs with mandatory and extended criteria (Bình Phước): the unit passes when it meets every
 * mandatory criterion (Bắt buộc) and at least {@code minExtended} of the {@code extended} ones (Mở rộng):
 * "phải đạt 100% (33/33) tiêu chí bắt buộc và tối thiểu 50% (11/21) tiêu chí mở rộng". The seed states 11/21
 * (50% rounded up), so the minimum is a count, not a percentage.
 *
 * @param extended codes of the extended criteria; every other criterion is mandatory
 */
public record MandatoryExtendedRule(String text, List<String> extended, int minExtended) implements CombiningRule {

    public MandatoryExtendedRule {
        extended = extended == null ? List.of() : List.copyOf(extended);
        if (minExtended < 0) {
            throw new InvalidValueException("minExtended must not be negative, not " + minExtended,
                    "minExtended không được là số âm (" + minExtended + ")");
        }
    }

    @Override
    public boolean mandatory(String criterionCode) {
        return !extended.contains(criterionCode);
    }

    @Override
    public List<String> referencedCriteria() {
        return extended;
    }

    @Override
    public Assessment assess(Catalog catalog, Integer targetLevel, Map<String, CriterionValue> values) {
        List<CriterionResult> results = catalog.criteria().stream()
                .map(criterion -> CriterionResult.againstTarget(criterion, mandatory(criterion.code()), values))
                .toList();
        List<CriterionResult> mandatoryResults = results.stream().filter(CriterionResult::mandatory).toList();
        List<CriterionResult> extendedResults = results.stream().filter(result -> !result.mandatory()).toList();
        Tally mandatoryTally = Tally.of(mandatoryResults);
        Tally extendedTally = Tally.of(extendedResults);
        List<String> mandatoryBlocking = CombiningRule.unsatisfied(mandatoryResults);
        boolean enoughExtended = extendedTally.met() >= minExtended;
        boolean passed = mandatoryBlocking.isEmpty() && enoughExtended;
        // An extended criterion only blocks while too few extended ones are met; then any of them would help.
        List<String> blocking = passed ? List.of() : CombiningRule.unsatisfied(results.stream()
                .filter(result -> result.mandatory() || !enoughExtended).toList());
        return new Assessment(catalog.id(), null, null, null, passed, Tally.of(results), mandatoryTally, extendedTally,
                results, blocking);
    }
}
