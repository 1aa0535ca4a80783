package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.CriterionResult;
import vn.dxflow.catalog.Outcome;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.security.TaskCompletionCheck;

/**
 * The council's conclusion. Completing needs an appraised value for every criterion that applies: the appraised
 * values decide (BRIEF section 3), and a criterion left empty would count as not met without anyone having judged
 * it. A supplement request needs its content and at least one day before the appraisal deadline: the supplement
 * must come back while the council can still appraise it (BRIEF section 2.5). forms/appraise.html shows the same
 * messages before submitting.
 */
@Component
class AppraisalCheck implements TaskCompletionCheck {

    private final Campaigns campaigns;
    private final AssessmentValues values;
    private final ScoringService scoring;

    AppraisalCheck(Campaigns campaigns, AssessmentValues values, ScoringService scoring) {
        this.campaigns = campaigns;
        this.values = values;
        this.scoring = scoring;
    }

    @Override
    public void check(DelegateTask task, Map<String, Object> submitted) {
        if (!UnitAssessmentProcess.Elements.APPRAISE.equals(task.getTaskDefinitionKey())) {
            return;
        }
        Object decision = TaskCompletionCheck.valueAfter(task, submitted, APPRAISAL_DECISION);
        if (UnitAssessmentProcess.Values.SUPPLEMENT.equals(decision)) {
            checkSupplement(task, submitted);
        } else if (UnitAssessmentProcess.Values.COMPLETE.equals(decision)) {
            checkEveryCriterionAppraised(task);
        }
    }

    private void checkSupplement(DelegateTask task, Map<String, Object> submitted) {
        Object request = TaskCompletionCheck.valueAfter(task, submitted, SUPPLEMENT_REQUEST);
        if (request == null || request.toString().isBlank()) {
            throw new BadUserRequestException("Vui lòng ghi rõ nội dung yêu cầu bổ sung hồ sơ.");
        }
        Instant appraisalCutOff = campaigns.get((String) task.getVariable(CAMPAIGN_ID)).calendar().cutOff(Stage.APPRAISAL);
        if (ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(1)).isAfter(appraisalCutOff)) {
            throw new BadUserRequestException(
                    "Chỉ còn chưa đầy một ngày là đến hạn thẩm định nên không thể yêu cầu bổ sung hồ sơ; vui lòng hoàn thành thẩm định.");
        }
    }

    private void checkEveryCriterionAppraised(DelegateTask task) {
        Integer target = task.getVariable(TARGET_LEVEL) instanceof Number n ? n.intValue() : null;
        Assessment appraised = scoring.evaluate((String) task.getVariable(CATALOG_ID), target,
                values.load(task.getProcessInstanceId(), AssessmentValues.Source.APPRAISED));
        List<String> missing = appraised.criteria().stream().filter(result -> missing(appraised, result))
                .map(CriterionResult::code).toList();
        if (!missing.isEmpty()) {
            throw new BadUserRequestException("Chưa thể hoàn thành thẩm định: các tiêu chí " + String.join(", ", missing)
                    + " chưa có giá trị thẩm định đã lưu. Vui lòng nhập và bấm \"Lưu kết quả thẩm định\".");
        }
    }

    /** Without a value where one is needed: against the target, or at any level when no target was registered. */
    private static boolean missing(Assessment assessment, CriterionResult result) {
        return result.outcome() == Outcome.MISSING
                || (assessment.targetLevel() == null && result.levels().containsValue(Outcome.MISSING));
    }
}
