package vn.dxflow.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dxflow.security.SystemActions;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * Reads the assessments' history for the reports, past the caller's Camunda authorizations: the caller has
 * already been checked against the unit (a recognition decision and the province's report also list other
 * units, which are public documents once issued).
 */
@Component
class ProcessHistory {

    private final HistoryService history;
    private final IdentityService identity;

    ProcessHistory(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
    }

    Optional<AssessmentRecord> find(String processInstanceId) {
        return SystemActions.asSystem(identity, () -> records(List.of(processInstanceId)).stream().findFirst());
    }

    /** Every unit assessment of a campaign, in the order they were started. */
    List<AssessmentRecord> ofCampaign(String campaignId) {
        return SystemActions.asSystem(identity, () -> records(history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(UnitAssessmentProcess.KEY)
                .variableValueEquals(UnitAssessmentProcess.Variables.CAMPAIGN_ID, campaignId)
                .orderByProcessInstanceStartTime().asc().list().stream()
                .map(HistoricProcessInstance::getId).toList()));
    }

    /** The day (in Vietnam) a step was last completed; today when it has not been. */
    LocalDate completedOn(String processInstanceId, String activityId) {
        return lastCompleted(processInstanceId, activityId)
                .map(HistoricActivityInstance::getEndTime)
                .orElse(ClockUtil.getCurrentTime())
                .toInstant().atZone(CampaignConfig.ZONE).toLocalDate();
    }

    /** Who completed the last instance of a step (a steering-committee member's own opinion task). */
    Optional<String> completedBy(String processInstanceId, String activityId) {
        return lastCompleted(processInstanceId, activityId).map(HistoricActivityInstance::getAssignee);
    }

    /** The opinion of the member who completed the last opinion task (kept local to that member's task). */
    Optional<String> lastOpinion(String processInstanceId) {
        return lastCompleted(processInstanceId, UnitAssessmentProcess.Elements.GIVE_OPINION).flatMap(task ->
                SystemActions.asSystem(identity, () -> history.createHistoricVariableInstanceQuery()
                        .processInstanceId(processInstanceId).variableName(UnitAssessmentProcess.Variables.OPINION)
                        .activityInstanceIdIn(task.getId()).list()).stream()
                        .map(variable -> String.valueOf(variable.getValue())).findFirst());
    }

    private Optional<HistoricActivityInstance> lastCompleted(String processInstanceId, String activityId) {
        return SystemActions.asSystem(identity, () -> history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId(activityId).finished().list().stream()
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime)));
    }

    private List<AssessmentRecord> records(List<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return List.of();
        }
        Map<String, Map<String, Object>> variables = new LinkedHashMap<>();
        processInstanceIds.forEach(id -> variables.put(id, new HashMap<>()));
        // Process-scope variables only: the multi-instance opinion tasks keep their members' own copies locally.
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceIds.toArray(String[]::new)).list()) {
            if (variable.getActivityInstanceId() == null
                    || variable.getActivityInstanceId().equals(variable.getProcessInstanceId())) {
                variables.get(variable.getProcessInstanceId()).put(variable.getName(), variable.getValue());
            }
        }
        return variables.entrySet().stream()
                .filter(entry -> entry.getValue().containsKey(UnitAssessmentProcess.Variables.UNIT_CODE))
                .map(entry -> new AssessmentRecord(entry.getKey(), entry.getValue()))
                .toList();
    }
}
