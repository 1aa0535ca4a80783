package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.org.Role;

/**
 * Keeps what a step concluded when its task is completed ({@link StepResultListeners}): the self-assessment at
 * submission and after a supplement, the completed appraisal, the verification and the recognition, each with its
 * values scored against the catalog as it is at that moment, and the person who completed it. The verification
 * also becomes the result the recognition is bounded by; a decision is numbered in its issuer's register.
 */
@Component
class StepResultRecorder {

    private final StepResults results;
    private final CatalogSnapshots snapshots;
    private final ScoringService scoring;
    private final AssessmentValues values;
    private final DocumentRegister register;

    StepResultRecorder(StepResults results, CatalogSnapshots snapshots, ScoringService scoring, AssessmentValues values,
            DocumentRegister register) {
        this.results = results;
        this.snapshots = snapshots;
        this.scoring = scoring;
        this.values = values;
        this.register = register;
    }

    void completed(DelegateTask task) {
        switch (task.getTaskDefinitionKey()) {
            case UnitAssessmentProcess.Elements.SELF_ASSESS, UnitAssessmentProcess.Elements.SUPPLEMENT ->
                    scored(task, StepResult.Step.SELF_ASSESSMENT, load(task, AssessmentValues.Source.SELF_ASSESSED),
                            OFFICER_GROUP, null);
            case UnitAssessmentProcess.Elements.APPRAISE -> {
                if (UnitAssessmentProcess.Values.COMPLETE.equals(task.getVariable(APPRAISAL_DECISION))) {
                    scored(task, StepResult.Step.APPRAISAL, load(task, AssessmentValues.Source.APPRAISED),
                            APPRAISAL_GROUP, null);
                }
            }
            case UnitAssessmentProcess.Elements.VERIFY -> {
                StepResult verified = scored(task, StepResult.Step.VERIFICATION, verifiedValues(task),
                        VERIFICATION_GROUP, new StepResult.Decision((String) task.getVariable(VERIFICATION_RESULT), null,
                                text(task, VERIFICATION_REMARK), null, null));
                // The latest check bounds the recognition (RecognitionCheck, the recognition form).
                task.setVariable(COMPUTED_LEVEL, verified.assessment().reachedLevel());
                task.setVariable(COMPUTED_PASSED, verified.assessment().passed());
            }
            case UnitAssessmentProcess.Elements.RECOGNIZE -> recognition(task);
            default -> { }
        }
    }

    /** The verified values: those the department saved, or the appraised ones it confirmed as they are. */
    Map<String, CriterionValue> verifiedValues(DelegateTask task) {
        Map<String, CriterionValue> verified = load(task, AssessmentValues.Source.VERIFIED);
        return verified.isEmpty() ? load(task, AssessmentValues.Source.APPRAISED) : verified;
    }

    private StepResult scored(DelegateTask task, StepResult.Step step, Map<String, CriterionValue> stepValues,
            String groupVariable, StepResult.Decision decision) {
        String catalogId = (String) task.getVariable(CATALOG_ID);
        Assessment assessment = scoring.evaluate(catalogId, target(task), stepValues);
        return save(task, step, groupVariable, snapshots.keep(catalogId), stepValues, assessment, decision);
    }

    private void recognition(DelegateTask task) {
        String pid = task.getProcessInstanceId();
        StepResult basis = results.latest(pid, StepResult.Step.VERIFICATION)
                .or(() -> results.latest(pid, StepResult.Step.APPRAISAL))
                .orElseThrow(() -> new IllegalStateException("Recognition of " + pid + " without an appraisal result"));
        String authority = Role.parseGroupId((String) task.getVariable(RECOGNITION_GROUP)).orElseThrow().unitCode();
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignConfig.ZONE);
        String choice = (String) task.getVariable(RECOGNITION_DECISION);
        Integer level = UnitAssessmentProcess.Values.RECOGNIZED.equals(choice)
                && task.getVariable(RECOGNIZED_LEVEL) instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
        save(task, StepResult.Step.RECOGNITION, RECOGNITION_GROUP, basis.catalogSha256(), Map.of(), basis.assessment(),
                new StepResult.Decision(choice, level, text(task, RECOGNITION_REASON),
                        register.next(authority, today.getYear()), today));
    }

    private StepResult save(DelegateTask task, StepResult.Step step, String groupVariable, String catalogSha256,
            Map<String, CriterionValue> stepValues, Assessment assessment, StepResult.Decision decision) {
        IdentityService identity = task.getProcessEngineServices().getIdentityService();
        Authentication current = identity.getCurrentAuthentication();
        String userId = current != null ? current.getUserId() : task.getAssignee() != null ? task.getAssignee() : "system";
        Role role = Role.parseGroupId(String.valueOf(task.getVariable(groupVariable))).map(Role.Membership::role).orElse(null);
        StepResult result = new StepResult(step, ClockUtil.getCurrentTime().toInstant(), userId, name(identity, userId),
                role, catalogSha256, stepValues, assessment, decision);
        results.save(task.getProcessInstanceId(), result);
        return result;
    }

    /** The user's full name, read past the completing user's own authorizations (an official may not list users). */
    private static String name(IdentityService identity, String userId) {
        User user = Context.getCommandContext().runWithoutAuthorization(
                () -> identity.createUserQuery().userId(userId).singleResult());
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private Map<String, CriterionValue> load(DelegateTask task, AssessmentValues.Source source) {
        return values.load(task.getProcessInstanceId(), source);
    }

    private static Integer target(DelegateTask task) {
        return task.getVariable(TARGET_LEVEL) instanceof Number n ? n.intValue() : null;
    }

    private static String text(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }
}
