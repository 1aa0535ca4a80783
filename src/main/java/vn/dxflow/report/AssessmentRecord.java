package vn.dxflow.report;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Map;

/** What the history says about one unit's assessment: its process variables, typed for the reports. */
record AssessmentRecord(String processInstanceId, Map<String, Object> variables) {

    String unitCode() {
        return (String) variables.get(UNIT_CODE);
    }

    String campaignId() {
        return (String) variables.get(CAMPAIGN_ID);
    }

    String catalogId() {
        return (String) variables.get(CATALOG_ID);
    }

    Integer targetLevel() {
        return number(TARGET_LEVEL);
    }

    boolean late() {
        return Boolean.TRUE.equals(variables.get(DOSSIER_LATE));
    }

    /** The value of a variable the forms set (opinion, verificationResult, outcome, ...), or null. */
    String text(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }

    private Integer number(String name) {
        return variables.get(name) instanceof Number n ? n.intValue() : null;
    }
}
