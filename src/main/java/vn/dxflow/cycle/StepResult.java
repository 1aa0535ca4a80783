package vn.dxflow.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.org.Role;

/**
 * What one step of an assessment concluded, kept as it was when the step was completed: the reports print it, so
 * neither a later edit of the catalog nor of the values changes a document already issued.
 *
 * @param recordedBy     the Camunda user who completed the step
 * @param recordedByName that user's name at the time ("Nguyễn Văn A")
 * @param recordedAs     the role the step belongs to (the signer's title on the report)
 * @param catalogSha256  the catalog as it was (see {@link StepResults#catalog})
 * @param values         the step's criterion values: self-assessed, appraised or verified (empty for recognition)
 * @param assessment     their scoring; for the recognition, the scoring the decision rests on
 * @param decision       the verification's and the recognition's decision; null for the other steps
 */
public record StepResult(
        Step step,
        Instant recordedAt,
        String recordedBy,
        String recordedByName,
        Role recordedAs,
        String catalogSha256,
        Map<String, CriterionValue> values,
        Assessment assessment,
        Decision decision) {

    /** The steps whose result is kept (BRIEF section 2: self-assessment, appraisal, verification, recognition). */
    public enum Step { SELF_ASSESSMENT, APPRAISAL, VERIFICATION, RECOGNITION }

    /**
     * @param choice   verification: DAT / KHONG_DAT; recognition: RECOGNIZED / NOT_RECOGNIZED
     * @param level    the recognized level (graded catalogs), else null
     * @param remark   the verification's remark or the recognition's reasons
     * @param number   the decision's number in the issuer's register (recognition only)
     * @param issuedOn the decision's date of issue (recognition only)
     */
    public record Decision(String choice, Integer level, String remark, Integer number, LocalDate issuedOn) {
    }

    public StepResult {
        values = Map.copyOf(values);
    }
}
