package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dxflow.evidence.EvidenceWriteRule;
import vn.dxflow.org.Role;
import vn.dxflow.security.CurrentUser;
import vn.dxflow.security.RequestRefusedException;
import vn.dxflow.security.SystemActions;
import vn.dxflow.security.UnitAccess;

/**
 * The write rule, apart from the read rule ({@link UnitAccess}): an assessment's data is changed only by whoever
 * holds the open task of the step that produces it. The unit's officers change their values and evidence while
 * they self-assess or supplement; the council its appraisal; each steering member his opinion; the department its
 * verification; the recognising chairman the decision, which exists once the recognition is decided. Someone outside
 * the step's role gets 403, its owner outside the step 409.
 */
@Component
public class StepOwners implements EvidenceWriteRule {

    /** The steps that write, each with its tasks and the variable naming the group that does it (null: assignee). */
    public enum Step {
        SELF_ASSESSMENT(Set.of(SELF_ASSESS, SUPPLEMENT), OFFICER_GROUP, "tự đánh giá hoặc bổ sung hồ sơ"),
        APPRAISAL(Set.of(APPRAISE), APPRAISAL_GROUP, "thẩm định"),
        OPINION(Set.of(GIVE_OPINION), null, "cho ý kiến (Mẫu 03)"),
        VERIFICATION(Set.of(VERIFY), VERIFICATION_GROUP, "thẩm tra"),
        /** The decision is generated when the recognition completes: its window opens then (no task). */
        DECISION(Set.of(), RECOGNITION_GROUP, "ký quyết định công nhận"),
        /** The refusal notice is generated when the recognition is refused: its window opens then (no task). */
        REFUSAL_NOTICE(Set.of(), RECOGNITION_GROUP, "ký thông báo không công nhận");

        private final Set<String> tasks;
        private final String groupVariable;
        private final String title;

        Step(Set<String> tasks, String groupVariable, String title) {
            this.tasks = tasks;
            this.groupVariable = groupVariable;
            this.title = title;
        }
    }

    private final TaskService tasks;
    private final ManagementService management;
    private volatile String officersTasksWithCampaign;
    private final HistoryService history;
    private final IdentityService identity;
    private final Campaigns campaigns;
    private final UnitAccess access;

    StepOwners(TaskService tasks, ManagementService management, HistoryService history, IdentityService identity,
            Campaigns campaigns, UnitAccess access) {
        this.tasks = tasks;
        this.management = management;
        this.history = history;
        this.identity = identity;
        this.campaigns = campaigns;
        this.access = access;
    }

    /**
     * Refuses unless the current user holds an open task of the step in this assessment.
     *
     * @param action what the user tries, in Vietnamese, for the message ("tải lên Mẫu 02 đã ký")
     */
    public void requireOwner(String processInstanceId, Step step, String action) {
        CurrentUser user = access.currentUser();
        if (!isOfStepRole(user, processInstanceId, step)) {
            throw new RequestRefusedException(HttpStatus.FORBIDDEN, "Chỉ người thực hiện bước " + step.title
                    + " của hồ sơ này mới được " + action + ".",
                    user.userId() + " is not of the role of step " + step + " in " + processInstanceId);
        }
        boolean open = switch (step) {
            case DECISION -> isDecided(processInstanceId, UnitAssessmentProcess.Values.RECOGNIZED);
            case REFUSAL_NOTICE -> isDecided(processInstanceId, UnitAssessmentProcess.Values.NOT_RECOGNIZED);
            default -> SystemActions.asSystem(identity,
                    () -> heldBy(user, step).processInstanceId(processInstanceId).count()) > 0;
        };
        if (!open) {
            throw new RequestRefusedException(HttpStatus.CONFLICT, "Hồ sơ không ở bước " + step.title
                    + " của bạn nên không thể " + action + " (bước này đã kết thúc hoặc chưa đến).",
                    "Step " + step + " of " + processInstanceId + " is not open for " + user.userId());
        }
    }

    /** Evidence: the unit's officers, while the unit's assessment of that year self-assesses or supplements. */
    @Override
    public void requireWriter(String unitCode, int year) {
        CurrentUser user = access.currentUser();
        if (!user.groupIds().contains(Role.OFFICER.groupId(unitCode))) {
            throw new RequestRefusedException(HttpStatus.FORBIDDEN, "Chỉ cán bộ UBND của đơn vị mới được thay đổi "
                    + "tài liệu minh chứng của đơn vị.", user.userId() + " is no officer of unit " + unitCode);
        }
        Set<String> campaignsOfYear = campaigns.all().stream().filter(campaign -> campaign.year() == year)
                .map(CampaignConfig::id).collect(Collectors.toSet());
        if (!holdsSelfAssessment(unitCode, campaignsOfYear)) {
            throw new RequestRefusedException(HttpStatus.CONFLICT, "Chỉ thay đổi được tài liệu minh chứng năm " + year
                    + " khi đơn vị đang tự đánh giá hoặc bổ sung hồ sơ năm đó.",
                    "No open self-assessment or supplement of unit " + unitCode + " year " + year);
        }
    }

    private boolean isOfStepRole(CurrentUser user, String processInstanceId, Step step) {
        if (step.groupVariable == null) {
            return user.groupIds().stream().flatMap(group -> Role.parseGroupId(group).stream())
                    .anyMatch(membership -> membership.role() == Role.STEERING);
        }
        Object group = variable(processInstanceId, step.groupVariable);
        return group != null && user.groupIds().contains(group.toString());
    }

    private boolean isDecided(String processInstanceId, String decision) {
        return decision.equals(variable(processInstanceId, RECOGNITION_DECISION));
    }

    private Object variable(String processInstanceId, String name) {
        return SystemActions.asSystem(identity, () -> history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).variableName(name).list()).stream()
                .findFirst().map(variable -> variable.getValue()).orElse(null);
    }

    /**
     * Whether the unit's officers are offered (or one of them holds) an open self-assessment or supplement task of one
     * of the campaigns: one native query over the task, its candidate group (the identity links' group index) and its
     * instance's campaign. Asked on every upload and deletion of evidence, where Camunda's task and variable queries,
     * whose dynamic SQL is rebuilt at each call, took a third of the request's CPU.
     */
    private boolean holdsSelfAssessment(String unitCode, Set<String> campaignIds) {
        if (campaignIds.isEmpty()) {
            return false;
        }
        return SystemActions.asSystem(identity, () -> {
            NativeTaskQuery query = tasks.createNativeTaskQuery();
            return query.sql(officersTasksWithCampaign() + " WHERE L.TYPE_ = #{candidate} AND L.GROUP_ID_ = #{group}"
                            + " AND T.TASK_DEF_KEY_ IN (" + in(query, "task", Step.SELF_ASSESSMENT.tasks) + ")"
                            + " AND V.TASK_ID_ IS NULL AND V.NAME_ = #{variable}"
                            + " AND V.TEXT_ IN (" + in(query, "campaign", campaignIds) + ")")
                    .parameter("candidate", IdentityLinkType.CANDIDATE).parameter("group", Role.OFFICER.groupId(unitCode))
                    .parameter("variable", CAMPAIGN_ID).count();
        }) > 0;
    }

    /**
     * The tasks joined with their identity links and their instances' variables, under the engine's table names
     * (with the configured prefix; asked once, as the system: it needs the administrator's right).
     */
    private String officersTasksWithCampaign() {
        String from = officersTasksWithCampaign;
        if (from == null) {
            from = "SELECT COUNT(*) FROM " + management.getTableName(Task.class) + " T INNER JOIN "
                    + management.getTableName(IdentityLinkEntity.class) + " L ON L.TASK_ID_ = T.ID_ INNER JOIN "
                    + management.getTableName(VariableInstanceEntity.class) + " V ON V.EXECUTION_ID_ = T.PROC_INST_ID_";
            officersTasksWithCampaign = from;
        }
        return from;
    }

    /** Binds the values as parameters {@code name0, name1, …} of the query; the placeholders for an IN list. */
    private static String in(NativeTaskQuery query, String name, Collection<String> values) {
        List<String> placeholders = new ArrayList<>();
        for (String value : values) {
            String parameter = name + placeholders.size();
            query.parameter(parameter, value);
            placeholders.add("#{" + parameter + "}");
        }
        return String.join(", ", placeholders);
    }

    /** Open tasks of the step assigned to the user or offered to one of the user's groups. */
    private TaskQuery heldBy(CurrentUser user, Step step) {
        TaskQuery query = tasks.createTaskQuery().taskDefinitionKeyIn(step.tasks.toArray(String[]::new));
        return step.groupVariable == null || user.groupIds().isEmpty() ? query.taskAssignee(user.userId())
                : query.or().taskAssignee(user.userId()).taskCandidateGroupIn(user.groupIds()).endOr();
    }
}
