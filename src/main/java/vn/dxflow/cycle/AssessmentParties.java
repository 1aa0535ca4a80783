package vn.dxflow.cycle;

import java.util.List;

/**
 * Who acts on one unit's assessment: the Camunda groups of each step, the catalog, and the steering-committee
 * members who give opinions (empty when the campaign has no opinion stage).
 */
public record AssessmentParties(
        String unitCode,
        String catalogId,
        String officerGroup,
        String receivingGroup,
        String appraisalGroup,
        String recognitionGroup,
        String verificationGroup,
        List<String> opinionMembers) {
}
