package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dxflow.evidence.EvidenceStore;

/** Lets the unit add documents for a supplement; what it submitted before stays frozen. */
@Component("reopenDossier")
class ReopenDossierDelegate implements JavaDelegate {

    private final EvidenceStore evidence;
    private final Campaigns campaigns;

    ReopenDossierDelegate(EvidenceStore evidence, Campaigns campaigns) {
        this.evidence = evidence;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        evidence.reopenForSupplement((String) execution.getVariable(UNIT_CODE),
                campaigns.get((String) execution.getVariable(CAMPAIGN_ID)).year(), current == null ? "system" : current.getUserId());
    }
}
