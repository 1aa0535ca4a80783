package vn.dxflow.catalog;

import java.util.List;

/**
 * The result of one unit's values against a catalog.
 *
 * @param targetLevel   the level the unit registered (graded catalogs), or null
 * @param assessedLevel graded catalogs: the level the criteria's outcomes, the tally and the verdict refer to: the
 *                      target, or without one the reached level (level 1 while none is reached); null for
 *                      pass/fail catalogs
 * @param reachedLevel  graded catalogs: the highest level at which every applicable criterion is met (0: none);
 *                      null for pass/fail catalogs
 * @param passed        graded catalogs: every criterion applicable at the assessed level meets it (without a target:
 *                      some level is reached); pass/fail catalogs: the verdict (null while the rule's parameter is
 *                      not set: undetermined, never a failure)
 * @param tally         criteria met among those counted, at the assessed level or against the single targets
 * @param mandatory    mandatory + extended catalogs: the mandatory criteria's tally (else null)
 * @param extended     mandatory + extended catalogs: the extended criteria's tally (else null)
 * @param blocking     codes of the criteria that stand between the unit and its target (or the pass)
 */
public record Assessment(
        String catalogId,
        Integer targetLevel,
        Integer assessedLevel,
        Integer reachedLevel,
        Boolean passed,
        Tally tally,
        Tally mandatory,
        Tally extended,
        List<CriterionResult> criteria,
        List<String> blocking) {

    public Assessment {
        criteria = List.copyOf(criteria);
        blocking = List.copyOf(blocking);
    }
}
