package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records when a registration or a dossier (the task's {@code stage} input) arrived and whether it is late, on
 * the server clock: a backlogged deadline timer must not make a late submission look on time.
 */
@Component("recordReceipt")
class RecordReceiptDelegate implements JavaDelegate {

    private final CutOff cutOff;

    RecordReceiptDelegate(CutOff cutOff) {
        this.cutOff = cutOff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = Stage.valueOf((String) execution.getVariable(STAGE));
        CutOff.Receipt receipt = cutOff.receive((String) execution.getVariable(CAMPAIGN_ID), stage);
        boolean registration = stage == Stage.REGISTRATION;
        execution.setVariable(registration ? REGISTRATION_RECEIVED_AT : DOSSIER_RECEIVED_AT, Date.from(receipt.receivedAt()));
        execution.setVariable(registration ? REGISTRATION_LATE : DOSSIER_LATE, receipt.late());
    }
}
