package vn.dxflow.cycle;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.evidence.EvidencePolicy;
import vn.dxflow.org.OrgUnit;

/**
 * Evidence rules from the year's campaigns that assess the unit (in their registers): the criteria of the catalog of the unit's tier,
 * and whether documents must be signed ({@code signedEvidence}).
 */
@Component
class CampaignEvidencePolicy implements EvidencePolicy {

    private final Catalogs catalogs;
    private final CampaignRegisters registers;

    CampaignEvidencePolicy(Catalogs catalogs, CampaignRegisters registers) {
        this.catalogs = catalogs;
        this.registers = registers;
    }

    @Override
    public Optional<Set<String>> criteria(String unitCode, int year) {
        Set<String> codes = new LinkedHashSet<>();
        boolean assessed = false;
        for (CampaignConfig campaign : registers.assessing(unitCode, year).toList()) {
            OrgUnit unit = registers.of(campaign.id()).get(unitCode);
            CampaignConfig.Track track = campaign.tracks().get(unit.tier());
            if (track != null) {
                assessed = true;
                catalogs.find(track.catalogId()).ifPresent(catalog ->
                        catalog.criteria().stream().map(Criterion::code).forEach(codes::add));
            }
        }
        return assessed ? Optional.of(codes) : Optional.empty();
    }

    @Override
    public boolean signedDocumentsRequired(String unitCode, int year) {
        return registers.assessing(unitCode, year).anyMatch(CampaignConfig::signedEvidence);
    }
}
