package vn.dxflow.report;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.OUTCOME;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.org.OrgUnit;

/**
 * The province's report on a campaign, from every unit assessment started in it: registered, appraised and
 * recognised levels, late dossiers, and what became of each dossier (the process's outcome variable).
 */
@Component
public class SynthesisData {

    private final ProcessHistory history;
    private final Catalogs catalogs;
    private final Campaigns campaigns;
    private final Letterheads letterheads;

    SynthesisData(ProcessHistory history, Catalogs catalogs, Campaigns campaigns, Letterheads letterheads) {
        this.history = history;
        this.catalogs = catalogs;
        this.campaigns = campaigns;
        this.letterheads = letterheads;
    }

    /** The campaign's province, for the access check; empty for an unknown campaign. */
    public Optional<String> provinceOf(String campaignId) {
        return campaigns.find(campaignId).map(CampaignConfig::provinceCode);
    }

    public ProvinceSynthesis of(String campaignId) {
        CampaignConfig campaign = campaigns.get(campaignId);
        OrgUnit province = letterheads.unit(campaign.provinceCode());
        List<ProvinceSynthesis.UnitResult> units = history.ofCampaign(campaignId).stream().map(this::line).toList();
        Letterhead letterhead = letterheads.department(province, "BC-",
                LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignConfig.ZONE),
                List.of("Bộ Khoa học và Công nghệ;", "Ủy ban nhân dân " + UnitNames.inText(province) + " (để b/c);",
                        "Lưu: VT."),
                "GIÁM ĐỐC", null);
        return new ProvinceSynthesis(letterhead, UnitNames.inText(province), campaign.year(), campaign.name(), units);
    }

    private ProvinceSynthesis.UnitResult line(AssessmentRecord record) {
        OrgUnit unit = letterheads.unit(record.unitCode());
        Catalog catalog = catalogs.get(record.catalogId());
        String outcome = record.text(OUTCOME);
        boolean recognized = UnitAssessmentProcess.Outcome.RECOGNIZED.name().equals(outcome);
        String computed = catalog.graded() ? Levels.text(catalog, record.computedLevel())
                : record.computedPassed() == null ? "" : record.computedPassed() ? "Đạt" : "Không đạt";
        return new ProvinceSynthesis.UnitResult(unit.name(), letterheads.parent(unit).name(),
                catalog.graded() ? Levels.text(catalog, record.targetLevel()) : "", computed,
                recognized ? Levels.recognized(catalog, record) : "",
                outcome == null ? ProvinceSynthesis.Status.IN_PROGRESS : ProvinceSynthesis.Status.valueOf(outcome),
                record.late());
    }
}
