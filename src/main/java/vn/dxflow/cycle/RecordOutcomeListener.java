package vn.dxflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Sets the {@code outcome} variable from the end event reached, so reports can list every unit's result. */
@Component("recordOutcome")
class RecordOutcomeListener implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable(UnitAssessmentProcess.Variables.OUTCOME,
                UnitAssessmentProcess.Outcome.ofEndEvent(execution.getCurrentActivityId()).name());
    }
}
