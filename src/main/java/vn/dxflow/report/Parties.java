package vn.dxflow.report;

import org.springframework.stereotype.Component;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.org.OrgUnit;

/** Finds the {@link Facts} of an assessment: its unit, the bodies above it that the campaign makes act, its campaign. */
@Component
class Parties {

    private final Letterheads letterheads;
    private final Campaigns campaigns;

    Parties(Letterheads letterheads, Campaigns campaigns) {
        this.letterheads = letterheads;
        this.campaigns = campaigns;
    }

    Facts of(AssessmentRecord record) {
        CampaignConfig campaign = campaigns.get(record.campaignId());
        OrgUnit unit = letterheads.unit(campaign, record.unitCode());
        OrgUnit parent = letterheads.parent(campaign, unit);
        OrgUnit province = letterheads.province(campaign, unit);
        OrgUnit appraiser = campaign.tracks().get(unit.tier()).appraisal() == CampaignConfig.Authority.DISTRICT
                ? parent : province;
        return new Facts(record, unit, parent, appraiser, province, campaign, letterheads.department(campaign));
    }
}
