package vn.dxflow.report;

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
import org.springframework.stereotype.Component;
import vn.dxflow.security.SystemActions;
import vn.dxflow.cycle.ProvinceCampaignProcess;
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

    /** Who sent the province's report of a campaign (completed its task), if it has been sent. */
    Optional<String> reportSentBy(String campaignId) {
        return SystemActions.asSystem(identity, () -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProvinceCampaignProcess.KEY)
                .variableValueEquals(ProvinceCampaignProcess.Variables.CAMPAIGN_ID, campaignId).list().stream()
                .flatMap(campaign -> history.createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
                        .activityId(ProvinceCampaignProcess.Elements.SEND_REPORT).finished().list().stream())
                .max(Comparator.comparing(HistoricActivityInstance::getEndTime))
                .map(HistoricActivityInstance::getAssignee));
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
