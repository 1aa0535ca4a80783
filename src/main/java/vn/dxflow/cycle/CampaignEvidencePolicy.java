package vn.dxflow.cycle;

import org.springframework.stereotype.Component;
import vn.dxflow.evidence.SignedEvidencePolicy;
import vn.dxflow.org.OrgChart;

/** Evidence must be signed when the campaign of the unit's province and year says so ({@code signedEvidence}). */
@Component
class CampaignEvidencePolicy implements SignedEvidencePolicy {

    private final Campaigns campaigns;
    private final OrgChart chart;

    CampaignEvidencePolicy(Campaigns campaigns, OrgChart chart) {
        this.campaigns = campaigns;
        this.chart = chart;
    }

    @Override
    public boolean signedDocumentsRequired(String unitCode, int year) {
        if (chart.find(unitCode).isEmpty()) {
            return false;
        }
        String province = chart.provinceOf(unitCode).code();
        return campaigns.all().stream()
                .anyMatch(c -> c.provinceCode().equals(province) && c.year() == year && c.signedEvidence());
    }
}
