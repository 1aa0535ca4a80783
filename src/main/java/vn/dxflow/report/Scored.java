package vn.dxflow.report;

import java.time.LocalDate;
import java.util.Map;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.StepResult;
import vn.dxflow.org.Role;

/**
 * One step's values and their scoring, as a report prints them: the stored result once the step is completed, or,
 * for a draft, the values as they are now scored against today's catalog.
 *
 * @param stored the stored result, or null for a draft
 */
record Scored(Catalog catalog, Assessment assessment, Map<String, CriterionValue> values, StepResult stored) {

    /** The day the step was completed (in Vietnam), or the given day for a draft. */
    LocalDate date(LocalDate draftDay) {
        return stored == null ? draftDay : LocalDate.ofInstant(stored.recordedAt(), CampaignConfig.ZONE);
    }

    /** Who completed the step, under the role it belongs to; for a draft, the role with no name yet. */
    Signer signer(Role role) {
        return stored == null ? Signer.of(role, null)
                : Signer.of(stored.recordedAs() == null ? role : stored.recordedAs(), stored.recordedByName());
    }
}
