package vn.dxflow.cycle;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the unit's authorities (as candidate groups) and the campaign's optional stages into the process. */
@Component("prepareAssessment")
class PrepareAssessmentDelegate implements JavaDelegate {

    private final Authorities authorities;
    private final Campaigns campaigns;

    PrepareAssessmentDelegate(Authorities authorities, Campaigns campaigns) {
        this.authorities = authorities;
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String campaignId = (String) execution.getVariable(CAMPAIGN_ID);
        AssessmentParties parties = authorities.of(campaignId, (String) execution.getVariable(UNIT_CODE));
        CampaignConfig.Stages stages = campaigns.get(campaignId).stages();
        execution.setVariable(CATALOG_ID, parties.catalogId());
        execution.setVariable(OFFICER_GROUP, parties.officerGroup());
        execution.setVariable(RECEIVING_GROUP, parties.receivingGroup());
        execution.setVariable(APPRAISAL_GROUP, parties.appraisalGroup());
        execution.setVariable(RECOGNITION_GROUP, parties.recognitionGroup());
        execution.setVariable(VERIFICATION_GROUP, parties.verificationGroup());
        execution.setVariable(REGISTRATION_REQUIRED, stages.registration());
        execution.setVariable(OPINIONS_REQUIRED, stages.opinions());
        execution.setVariable(VERIFICATION_REQUIRED, stages.verification());
    }
}
