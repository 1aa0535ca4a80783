package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import vn.dxflow.security.SystemActions;
import vn.dxflow.security.UnitAccess;

/**
 * What a unit (and everyone who may see its dossier) follows after submitting: the dossier's code, the receipt
 * issued at submission with the sealed documents and their SHA-256, every step with who and when, the council's
 * request and the result. Read from the engine's history, so it stays true after the process has ended.
 */
@Component
class DossierFollowUp {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The steps people take and the outcome; not the bookkeeping ends ("Đã nhắc", "Mẫu 01 đã lưu"). */
    private static final Set<String> SHOWN_ACTIVITIES = Set.of("startEvent", "userTask");
    private static final Set<String> OUTCOME_ENDS = Set.of(UnitAssessmentProcess.Elements.END_RECOGNIZED,
            UnitAssessmentProcess.Elements.END_NOT_RECOGNIZED, UnitAssessmentProcess.Elements.END_REFUSED_AS_LATE,
            UnitAssessmentProcess.Elements.END_NOT_SUBMITTED);

    record SealedDocument(String id, String criterion, String sha256) {
    }

    record Receipt(Instant receivedAt, Boolean late, List<SealedDocument> documents) {
    }

    record Step(String name, Instant startedAt, Instant endedAt, String by, boolean open) {
    }

    record View(String code, String title, String unitCode, String campaignName, int year, Receipt receipt,
            List<Step> steps, String supplementRequest, String supplementNote, String outcome, Integer recognizedLevel) {
    }

    private final HistoryService history;
    private final IdentityService identity;
    private final UnitAccess access;
    private final Campaigns campaigns;
    private final DossierTitles titles;

    DossierFollowUp(HistoryService history, IdentityService identity, UnitAccess access, Campaigns campaigns,
            DossierTitles titles) {
        this.history = history;
        this.identity = identity;
        this.access = access;
        this.campaigns = campaigns;
        this.titles = titles;
    }

    /** Empty when there is no such assessment; refused (403) to whoever may not see the unit's work. */
    Optional<View> of(String processInstanceId) {
        Map<String, HistoricVariableInstance> variables = SystemActions.asSystem(identity, () ->
                history.createHistoricVariableInstanceQuery().processInstanceIdIn(processInstanceId).disableCustomObjectDeserialization()
                        .list()).stream().filter(v -> v.getTaskId() == null && processInstanceId.equals(v.getExecutionId()))
                .collect(Collectors.toMap(HistoricVariableInstance::getName, Function.identity(), (a, b) -> a));
        if (!(value(variables, UNIT_CODE) instanceof String unitCode) || !(value(variables, CAMPAIGN_ID) instanceof String campaignId)
                || campaigns.find(campaignId).isEmpty()) {
            return Optional.empty();
        }
        access.requireAccessInCampaign(unitCode, campaignId);
        CampaignConfig campaign = campaigns.get(campaignId);
        HistoricProcessInstance instance = SystemActions.asSystem(identity, () ->
                history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult());
        Receipt receipt = value(variables, DOSSIER_RECEIVED_AT) instanceof Date received
                ? new Receipt(received.toInstant(), (Boolean) value(variables, DOSSIER_LATE), sealed(variables.get(DOSSIER_DOCUMENTS)))
                : null;
        return Optional.of(new View(instance.getBusinessKey() != null ? instance.getBusinessKey()
                : ProvinceCampaignProcess.unitBusinessKey(campaignId, unitCode),
                titles.of(campaignId, unitCode).orElse(unitCode), unitCode, campaign.name(), campaign.year(),
                receipt, steps(processInstanceId), (String) value(variables, SUPPLEMENT_REQUEST),
                (String) value(variables, SUPPLEMENT_NOTE), (String) value(variables, OUTCOME),
                value(variables, RECOGNIZED_LEVEL) instanceof Number level ? level.intValue() : null));
    }

    private List<Step> steps(String processInstanceId) {
        List<HistoricActivityInstance> activities = SystemActions.asSystem(identity, () ->
                history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
        List<HistoricActivityInstance> shown = activities.stream()
                .filter(activity -> (SHOWN_ACTIVITIES.contains(activity.getActivityType())
                        || OUTCOME_ENDS.contains(activity.getActivityId())) && activity.getActivityName() != null)
                .toList();
        // The task's history, not the activity's: the author recorded at completion (DecisionAuthors) is there.
        Map<String, String> authors = new HashMap<>();
        SystemActions.asSystem(identity, () -> history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).list())
                .stream().filter(task -> task.getAssignee() != null)
                .forEach(task -> authors.put(task.getActivityInstanceId(), task.getAssignee()));
        Set<String> userIds = new HashSet<>(authors.values());
        Map<String, String> names = new HashMap<>();
        if (!userIds.isEmpty()) {
            SystemActions.asSystem(identity, () -> identity.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list())
                    .forEach((User user) -> names.put(user.getId(), (user.getFirstName() + " " + user.getLastName()).strip()));
        }
        return shown.stream().map(activity -> new Step(activity.getActivityName(), activity.getStartTime().toInstant(),
                activity.getEndTime() == null ? null : activity.getEndTime().toInstant(),
                authors.containsKey(activity.getId()) ? names.getOrDefault(authors.get(activity.getId()), authors.get(activity.getId())) : null,
                activity.getEndTime() == null && "userTask".equals(activity.getActivityType()))).toList();
    }

    private static List<SealedDocument> sealed(HistoricVariableInstance documents) {
        if (documents == null || !(documents.getTypedValue() instanceof FileValue file)) {
            return List.of();
        }
        try (InputStream in = file.getValue()) {
            return JSON.readValue(in, new TypeReference<List<Map<String, String>>>() { }).stream()
                    .map(d -> new SealedDocument(d.get("id"), d.get("criterion"), d.get("sha256"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable sealed-document list " + documents.getId(), e);
        }
    }

    private static Object value(Map<String, HistoricVariableInstance> variables, String name) {
        HistoricVariableInstance variable = variables.get(name);
        return variable == null ? null : variable.getValue();
    }
}
