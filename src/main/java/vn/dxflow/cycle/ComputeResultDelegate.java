package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Assessment;

/**
 * Publishes the appraisal's stored result (the appraised values decide, BRIEF section 3) as process variables, so
 * the recognition step and its gateways see the computed level or verdict.
 */
@Component("computeResult")
class ComputeResultDelegate implements JavaDelegate {

    private final StepResults results;

    ComputeResultDelegate(StepResults results) {
        this.results = results;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Assessment appraised = results.latest(execution.getProcessInstanceId(), StepResult.Step.APPRAISAL)
                .orElseThrow(() -> new IllegalStateException("No appraisal result for " + execution.getProcessInstanceId()))
                .assessment();
        execution.setVariable(COMPUTED_LEVEL, appraised.reachedLevel());
        execution.setVariable(COMPUTED_PASSED, appraised.passed());
    }
}
