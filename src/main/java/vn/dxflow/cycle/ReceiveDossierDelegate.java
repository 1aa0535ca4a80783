package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records when the dossier arrived and whether it is late, on the server clock. */
@Component("receiveDossier")
class ReceiveDossierDelegate implements JavaDelegate {

    private final CutOff cutOff;

    ReceiveDossierDelegate(CutOff cutOff) {
        this.cutOff = cutOff;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CutOff.Receipt receipt = cutOff.receive((String) execution.getVariable(CAMPAIGN_ID), Stage.SELF_ASSESSMENT);
        execution.setVariable(DOSSIER_RECEIVED_AT, Date.from(receipt.receivedAt()));
        execution.setVariable(DOSSIER_LATE, receipt.late());
    }
}
