package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.dxflow.AsyncSteps;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.Threshold;

/**
 * Drives the cycle's processes in tests the way people and the job executor would: tasks are completed by
 * named users (so candidate groups are exercised under Camunda authorization), time moves with ClockUtil
 * and due jobs of the given instances are executed explicitly (the job executor is off in tests).
 */
@Component
public class CycleDriver {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final HistoryService history;
    private final RepositoryService repository;
    private final Catalogs catalogs;
    private final AssessmentValues values;

    CycleDriver(RuntimeService runtime, TaskService tasks, IdentityService identity, ManagementService management,
            HistoryService history, RepositoryService repository, Catalogs catalogs, AssessmentValues values) {
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
        this.history = history;
        this.catalogs = catalogs;
        this.values = values;
    }

    /**
     * Values that meet exactly the thresholds of the given level (graded catalogs) or the targets (pass/fail
     * catalogs, level null) of every criterion.
     */
    public Map<String, CriterionValue> valuesMeeting(String catalogId, Integer level) {
        Map<String, CriterionValue> meeting = new LinkedHashMap<>();
        for (Criterion criterion : catalogs.get(catalogId).criteria()) {
            Threshold threshold = level == null ? criterion.target() : criterion.levels().get(level);
            if (threshold instanceof Threshold.PercentMin p && p.min() != null) {
                meeting.put(criterion.code(), new CriterionValue(p.min(), null, null, null));
            } else if (threshold instanceof Threshold.YesNo) {
                meeting.put(criterion.code(), CriterionValue.ofYes(true));
            } else if (threshold instanceof Threshold.CountMin c) {
                meeting.put(criterion.code(), CriterionValue.ofCount(c.min()));
            } else if (threshold instanceof Threshold.CountOrPercent c) {
                meeting.put(criterion.code(), new CriterionValue(null, null, c.minCount(), null));
            } else if (threshold instanceof Threshold.CommuneDistribution d) {
                int every = Math.max(d.allAtLeast(), d.share() == null ? 0 : d.share().level());
                meeting.put(criterion.code(), CriterionValue.ofCommuneLevels(java.util.Collections.nCopies(10, every)));
            }
        }
        return meeting;
    }

    /** The unit enters values meeting the given level (or the targets), then submits its dossier. */
    public void selfAssess(String processInstanceId, String officer, String catalogId, Integer level) {
        values.save(processInstanceId, AssessmentValues.Source.SELF_ASSESSED, valuesMeeting(catalogId, level), officer);
        complete(processInstanceId, UnitAssessmentProcess.Elements.SELF_ASSESS, officer, Map.of("submissionConfirmed", true));
    }

    /**
     * A finished assessment recognized at the given level, in a campaign without registration, opinions and
     * verification whose appraisal and recognition are the district's (such as 10-2026).
     *
     * @param at Vietnamese wall-clock time before the campaign's self-assessment deadline
     */
    public String recognizedAssessment(String campaignId, String unitCode, String districtCode, int level, String at) {
        clockAt(at);
        String id = startAssessment(campaignId, unitCode);
        String catalogId = (String) runtime.getVariable(id, UnitAssessmentProcess.Variables.CATALOG_ID);
        selfAssess(id, "officer" + unitCode, catalogId, level);
        appraise(id, "appraisal" + districtCode, catalogId, level);
        complete(id, UnitAssessmentProcess.Elements.RECOGNIZE, "chairman" + districtCode, Map.of(
                UnitAssessmentProcess.Variables.RECOGNITION_DECISION, UnitAssessmentProcess.Values.RECOGNIZED,
                UnitAssessmentProcess.Variables.RECOGNIZED_LEVEL, (long) level));
        assertThat(outcome(id)).isEqualTo(UnitAssessmentProcess.Outcome.RECOGNIZED.name());
        ClockUtil.reset();
        return id;
    }

    /** The council enters values meeting the given level (or the targets), then completes the appraisal. */
    public void appraise(String processInstanceId, String appraiser, String catalogId, Integer level) {
        values.save(processInstanceId, AssessmentValues.Source.APPRAISED, valuesMeeting(catalogId, level), appraiser);
        complete(processInstanceId, UnitAssessmentProcess.Elements.APPRAISE, appraiser,
                Map.of(UnitAssessmentProcess.Variables.APPRAISAL_DECISION, "COMPLETE"));
    }

    /**
     * Adds, to the council's saved values, a value that misses the threshold for every criterion it left out: the
     * result is the one a missing value would give, and the appraisal can be completed.
     */
    public void appraiseTheRestAsNotMet(String processInstanceId, String appraiser) {
        String catalogId = (String) runtime.getVariable(processInstanceId, UnitAssessmentProcess.Variables.CATALOG_ID);
        Map<String, CriterionValue> appraised = new LinkedHashMap<>(values.load(processInstanceId, AssessmentValues.Source.APPRAISED));
        for (Criterion criterion : catalogs.get(catalogId).criteria()) {
            Threshold threshold = criterion.target() != null ? criterion.target() : criterion.levels().values().stream()
                    .filter(t -> !(t instanceof Threshold.NotApplicable)).findFirst().orElse(null);
            if (threshold instanceof Threshold.YesNo) {
                appraised.putIfAbsent(criterion.code(), CriterionValue.ofYes(false));
            } else if (threshold instanceof Threshold.PercentMin) {
                appraised.putIfAbsent(criterion.code(), CriterionValue.ofPercent("0"));
            } else if (threshold instanceof Threshold.CountMin || threshold instanceof Threshold.CountOrPercent) {
                appraised.putIfAbsent(criterion.code(), CriterionValue.ofCount(0));
            } else if (threshold instanceof Threshold.CommuneDistribution) {
                appraised.putIfAbsent(criterion.code(), CriterionValue.ofCommuneLevels(List.of(0)));
            }
        }
        values.save(processInstanceId, AssessmentValues.Source.APPRAISED, appraised, appraiser);
    }

    /** A step's name in the model version the instance runs: other tests of the JVM deploy renamed versions. */
    public String stepName(String processInstanceId, String activityId) {
        String definitionId = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult().getProcessDefinitionId();
        return repository.getBpmnModelInstance(definitionId).getModelElementById(activityId).getAttributeValue("name");
    }

    /** Sets the engine clock to a Vietnamese wall-clock time, whatever the JVM's zone. */
    public void clockAt(String vietnamTime) {
        ZonedDateTime at = LocalDateTime.parse(vietnamTime).atZone(CampaignConfig.ZONE);
        ClockUtil.setCurrentTime(Date.from(at.toInstant()));
    }

    public String startAssessment(String campaignId, String unitCode) {
        return runtime.startProcessInstanceByKey(UnitAssessmentProcess.KEY,
                Map.of(UnitAssessmentProcess.Variables.CAMPAIGN_ID, campaignId,
                        UnitAssessmentProcess.Variables.UNIT_CODE, unitCode)).getId();
    }

    /** The single open task of the instance, checked to be the expected activity. */
    public Task task(String processInstanceId, String activityId) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).list();
        assertThat(open).extracting(Task::getTaskDefinitionKey).containsExactly(activityId);
        return open.get(0);
    }

    /**
     * Completes the instance's open task as the given user, who must be able to see and work on it. A completed
     * appraisal needs a value for every criterion (AppraisalCheck): those a test left out are entered as not met.
     */
    public void complete(String processInstanceId, String activityId, String userId, Map<String, Object> variables) {
        if (UnitAssessmentProcess.Elements.APPRAISE.equals(activityId)
                && UnitAssessmentProcess.Values.COMPLETE.equals(variables.get(UnitAssessmentProcess.Variables.APPRAISAL_DECISION))) {
            appraiseTheRestAsNotMet(processInstanceId, userId);
        }
        Task task = task(processInstanceId, activityId);
        completeAs(task, userId, variables);
    }

    public void completeAs(Task task, String userId, Map<String, Object> variables) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count())
                    .as("%s can see task %s", userId, task.getTaskDefinitionKey()).isEqualTo(1);
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        AsyncSteps.run(management, task.getProcessInstanceId());
    }

    /** The running unit assessments a campaign instance started. */
    public List<org.camunda.bpm.engine.runtime.ProcessInstance> unitsOf(String campaignInstanceId) {
        return runtime.createProcessInstanceQuery()
                .variableValueEquals(UnitAssessmentProcess.Variables.CAMPAIGN_INSTANCE_ID, campaignInstanceId).list();
    }

    /** Executes every job of the instances (and the unit assessments a campaign started) due at the current clock. */
    public void runDueJobs(String... processInstanceIds) {
        for (int round = 0; round < 10_000; round++) {
            Set<String> family = new HashSet<>(List.of(processInstanceIds));
            for (String root : processInstanceIds) {
                unitsOf(root).forEach(unit -> family.add(unit.getId()));
            }
            // One at a time, earliest first: an interrupting timer deletes its sibling reminder jobs.
            Job next = management.createJobQuery().executable().orderByJobDuedate().asc().list().stream()
                    .filter(job -> family.contains(job.getProcessInstanceId())).findFirst().orElse(null);
            if (next == null) {
                return;
            }
            management.executeJob(next.getId());
        }
        throw new AssertionError("jobs keep becoming due: a timer loop?");
    }

    /** The end event the instance finished in, and its outcome variable. */
    HistoricProcessInstance finished(String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(instance.getEndTime()).as("instance ended").isNotNull();
        return instance;
    }

    public Object outcome(String processInstanceId) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(UnitAssessmentProcess.Variables.OUTCOME).singleResult().getValue();
    }

    public Object variable(String processInstanceId, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(name).singleResult().getValue();
    }

    public void reset() {
        ClockUtil.reset();
        identity.clearAuthentication();
    }
}
