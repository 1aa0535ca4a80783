package vn.dxflow.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts the assessment of every unit of one batch ({@code unitBatch}) as an instance of its own, correlated to the
 * campaign by business key ({@code campaignId-unitCode}) and the variable {@code campaignInstanceId}. All in the batch job's transaction: a failure rolls the batch back and
 * the retry starts it whole, so no unit is started twice.
 */
@Component("startUnitBatch")
class StartUnitBatchDelegate implements JavaDelegate {

    private final CampaignRegisters registers;

    StartUnitBatchDelegate(CampaignRegisters registers) {
        this.registers = registers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(ProvinceCampaignProcess.Variables.CAMPAIGN_ID);
        String batch = (String) execution.getVariable(ProvinceCampaignProcess.Variables.UNIT_BATCH);
        var runtime = execution.getProcessEngineServices().getRuntimeService();
        // The day its authorities were chosen by (Authorities asks the same), also for campaigns opened before
        // the variable existed.
        String opened = registers.openingDay(campaignId).toString();
        for (String unitCode : batch.split(",")) {
            runtime.startProcessInstanceByKey(UnitAssessmentProcess.KEY,
                    ProvinceCampaignProcess.unitBusinessKey(campaignId, unitCode),
                    Variables.putValue(UnitAssessmentProcess.Variables.UNIT_CODE, unitCode)
                            .putValue(UnitAssessmentProcess.Variables.CAMPAIGN_ID, campaignId)
                            .putValue(UnitAssessmentProcess.Variables.CAMPAIGN_INSTANCE_ID,
                                    execution.getProcessInstanceId())
                            .putValue(UnitAssessmentProcess.Variables.CAMPAIGN_OPENED, opened));
        }
    }
}
