package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records when the registration arrived and whether it is late: a backlogged timer must not make it on time. */
@Component("receiveRegistration")
class ReceiveRegistrationDelegate implements JavaDelegate {

    private final CutOff cutOff;

    ReceiveRegistrationDelegate(CutOff cutOff) {
        this.cutOff = cutOff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CutOff.Receipt receipt = cutOff.receive((String) execution.getVariable(CAMPAIGN_ID), Stage.REGISTRATION);
        execution.setVariable(REGISTRATION_RECEIVED_AT, Date.from(receipt.receivedAt()));
        execution.setVariable(REGISTRATION_LATE, receipt.late());
    }
}
