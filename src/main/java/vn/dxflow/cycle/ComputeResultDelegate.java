package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Appraisal;
import vn.dxflow.catalog.ScoringService;

/** Scores the appraised values (which decide, BRIEF section 3) so the recognition step sees the computed result. */
@Component("computeResult")
class ComputeResultDelegate implements JavaDelegate {

    private final ScoringService scoring;
    private final AssessmentValues values;

    ComputeResultDelegate(ScoringService scoring, AssessmentValues values) {
        this.scoring = scoring;
        this.values = values;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String instance = execution.getProcessInstanceId();
        Object target = execution.getVariable(TARGET_LEVEL);
        Appraisal appraisal = scoring.appraise((String) execution.getVariable(CATALOG_ID),
                target instanceof Number number ? number.intValue() : null,
                values.load(instance, AssessmentValues.Source.SELF_ASSESSED),
                values.load(instance, AssessmentValues.Source.APPRAISED));
        execution.setVariable(COMPUTED_LEVEL, appraisal.appraised().reachedLevel());
        execution.setVariable(COMPUTED_PASSED, appraisal.appraised().passed());
    }
}
