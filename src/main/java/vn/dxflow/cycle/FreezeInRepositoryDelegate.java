package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.CAMPAIGN_ID;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.UNIT_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dxflow.evidence.EvidenceStore;

/**
 * Marks the sealed documents frozen in the repository, after the submission's seal is committed. A failure (the
 * repository down, the node killed mid-way) is a technical one: the job is retried, and what was marked before
 * is marked again harmlessly.
 */
@Component("freezeInRepository")
class FreezeInRepositoryDelegate implements JavaDelegate {

    private final EvidenceStore evidence;
    private final Campaigns campaigns;

    FreezeInRepositoryDelegate(EvidenceStore evidence, Campaigns campaigns) {
        this.evidence = evidence;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int year = campaigns.get((String) execution.getVariable(CAMPAIGN_ID)).year();
        evidence.freezeInRepository((String) execution.getVariable(UNIT_CODE), year);
    }
}
