package vn.dxflow.cycle;

/**
 * Who acts on one unit's assessment: the Camunda groups of each step, and the catalog.
 */
public record AssessmentParties(
        String unitCode,
        String catalogId,
        String officerGroup,
        String receivingGroup,
        String appraisalGroup,
        String recognitionGroup,
        String verificationGroup) {
}
