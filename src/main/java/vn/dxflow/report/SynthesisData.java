package vn.dxflow.report;

import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.OUTCOME;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.Campaigns;
import vn.dxflow.cycle.StepResult;
import vn.dxflow.cycle.StepResults;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.Role;

/**
 * The province's report on a campaign, from every unit assessment started in it: the registered level, the stored
 * results of the appraisal and of the recognition, late dossiers, what became of each dossier (the process's
 * outcome variable) and the units whose assessment is still running. Signed by whoever sends it.
 */
@Component
public class SynthesisData {

    private final ProcessHistory history;
    private final StepResults results;
    private final Campaigns campaigns;
    private final Letterheads letterheads;

    SynthesisData(ProcessHistory history, StepResults results, Campaigns campaigns, Letterheads letterheads) {
        this.history = history;
        this.results = results;
        this.campaigns = campaigns;
        this.letterheads = letterheads;
    }

    /** The campaign's province, for the access check; empty for an unknown campaign. */
    public Optional<String> provinceOf(String campaignId) {
        return campaigns.find(campaignId).map(CampaignConfig::provinceCode);
    }

    public ProvinceSynthesis of(String campaignId) {
        CampaignConfig campaign = campaigns.get(campaignId);
        OrgUnit province = letterheads.unit(campaign, campaign.provinceCode());
        List<AssessmentRecord> records = history.ofCampaign(campaignId);
        Map<String, Map<StepResult.Step, StepResult>> stored = results.latestOf(
                records.stream().map(AssessmentRecord::processInstanceId).toList());
        List<ProvinceSynthesis.UnitResult> units = records.stream()
                .map(record -> line(campaign, record, stored.getOrDefault(record.processInstanceId(), Map.of())))
                .toList();
        String sender = history.reportSentBy(campaignId).orElse(null);
        Letterhead letterhead = letterheads.underProvince(province, letterheads.department(campaign), "BC-",
                ReportData.today(), List.of(Wording.MINISTRY + ";", Facts.committee(province) + " (để b/c);", "Lưu: VT."),
                Signer.of(Role.RECEIVING, sender == null ? null : letterheads.userName(sender)));
        return new ProvinceSynthesis(letterhead, UnitNames.inText(province), campaign.year(), campaign.name(),
                Wording.tiers(campaign.tracks().keySet()), campaign.documents().basisOf(ReportKind.SYNTHESIS.slug()), units);
    }

    private ProvinceSynthesis.UnitResult line(CampaignConfig campaign, AssessmentRecord record,
            Map<StepResult.Step, StepResult> steps) {
        OrgUnit unit = letterheads.unit(campaign, record.unitCode());
        String outcome = record.text(OUTCOME);
        StepResult checked = steps.get(StepResult.Step.APPRAISAL);
        StepResult recognition = steps.get(StepResult.Step.RECOGNITION);
        boolean recognized = recognition != null
                && UnitAssessmentProcess.Values.RECOGNIZED.equals(recognition.decision().choice());
        Catalog catalog = checked == null ? null : results.catalog(checked);
        Integer target = record.targetLevel();
        return new ProvinceSynthesis.UnitResult(unit.name(), letterheads.parent(campaign, unit).name(),
                target == null ? "" : catalog == null ? "Mức " + target : Levels.text(catalog, target),
                catalog == null ? "" : Levels.result(catalog, checked.assessment()),
                recognized ? Levels.recognized(results.catalog(recognition), recognition.decision().level()) : "",
                outcome == null ? ProvinceSynthesis.Status.IN_PROGRESS : ProvinceSynthesis.Status.valueOf(outcome),
                record.late());
    }
}
