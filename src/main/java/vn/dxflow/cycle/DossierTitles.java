package vn.dxflow.cycle;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxflow.org.OrgUnit;

/**
 * Names a dossier the way officials look for it: the unit as its campaign's register names it, its code and the
 * campaign's year ("Xã Bảo Yên (02947) · năm 2026"); a province's own step names the province.
 */
@Component
public class DossierTitles {

    private final Campaigns campaigns;
    private final CampaignRegisters registers;

    DossierTitles(Campaigns campaigns, CampaignRegisters registers) {
        this.campaigns = campaigns;
        this.registers = registers;
    }

    /** Empty for a campaign or unit DXFlow does not know (a model deployed for something else). */
    public Optional<String> of(String campaignId, String unitCode) {
        return campaigns.find(campaignId).flatMap(campaign -> registers.of(campaignId)
                .find(unitCode == null ? campaign.provinceCode() : unitCode)
                .map(unit -> label(unit) + " · năm " + campaign.year()));
    }

    private static String label(OrgUnit unit) {
        return unit.name() + " (" + unit.code() + ")";
    }
}
