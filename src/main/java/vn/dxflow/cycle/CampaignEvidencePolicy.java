package vn.dxflow.cycle;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.evidence.EvidencePolicy;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;

/**
 * Evidence rules from the campaigns of the unit's province and year: the criteria of the catalog of the unit's tier,
 * and whether documents must be signed ({@code signedEvidence}).
 */
@Component
class CampaignEvidencePolicy implements EvidencePolicy {

    private final Campaigns campaigns;
    private final Catalogs catalogs;
    private final OrgChart chart;

    CampaignEvidencePolicy(Campaigns campaigns, Catalogs catalogs, OrgChart chart) {
        this.campaigns = campaigns;
        this.catalogs = catalogs;
        this.chart = chart;
    }

    @Override
    public Optional<Set<String>> criteria(String unitCode, int year) {
        Optional<OrgUnit> unit = chart.find(unitCode);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        Set<String> codes = new LinkedHashSet<>();
        boolean assessed = false;
        for (CampaignConfig campaign : campaignsOf(unitCode, year).toList()) {
            CampaignConfig.Track track = campaign.tracks().get(unit.get().tier());
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
        return campaignsOf(unitCode, year).anyMatch(CampaignConfig::signedEvidence);
    }

    private Stream<CampaignConfig> campaignsOf(String unitCode, int year) {
        if (chart.find(unitCode).isEmpty()) {
            return Stream.empty();
        }
        String province = chart.provinceOf(unitCode).code();
        return campaigns.all().stream().filter(c -> c.provinceCode().equals(province) && c.year() == year);
    }
}
