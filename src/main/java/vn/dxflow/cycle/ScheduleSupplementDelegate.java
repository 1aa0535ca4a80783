package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Turns the appraiser's "n days to supplement" into an absolute deadline, never after the appraisal deadline. */
@Component("scheduleSupplement")
class ScheduleSupplementDelegate implements JavaDelegate {

    private final Deadlines deadlines;

    ScheduleSupplementDelegate(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object days = execution.getVariable(SUPPLEMENT_DAYS);
        int requested = days instanceof Number number ? number.intValue() : Deadlines.DEFAULT_SUPPLEMENT_DAYS;
        execution.setVariable(SUPPLEMENT_DEADLINE,
                deadlines.supplement((String) execution.getVariable(CAMPAIGN_ID), requested));
    }
}
