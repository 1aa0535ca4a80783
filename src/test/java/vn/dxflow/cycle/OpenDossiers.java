package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.dxflow.AsyncSteps;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.UnitKind;

/**
 * Evidence is written only while the unit self-assesses (the write rule): tests that upload a unit's evidence of
 * a year first open that year's dossier here, in the province's campaign of that year or, for years no campaign
 * file has, in a test campaign registered for it.
 */
@Component
public class OpenDossiers {

    private final Campaigns campaigns;
    private final OrgChart chart;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final Map<String, String> opened = new ConcurrentHashMap<>();

    OpenDossiers(Campaigns campaigns, OrgChart chart, RuntimeService runtime, TaskService tasks,
            ManagementService management) {
        this.campaigns = campaigns;
        this.chart = chart;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    /** An assessment of the unit waiting for its self-assessment in a campaign of the year; its process instance. */
    public synchronized String selfAssessing(String unitCode, int year) {
        String known = opened.get(unitCode + "/" + year);
        if (known != null && selfAssessmentOpen(known)) {
            return known;
        }
        String province = chart.provinceOf(unitCode).code();
        CampaignConfig campaign = campaigns.all().stream()
                .filter(c -> c.provinceCode().equals(province) && c.year() == year && !c.stages().registration())
                .findFirst().orElseGet(() -> campaign(province, year, ""));
        String id = runtime.startProcessInstanceByKey(UnitAssessmentProcess.KEY, Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, campaign.id(),
                UnitAssessmentProcess.Variables.UNIT_CODE, unitCode)).getId();
        AsyncSteps.run(management, id);
        assertThat(selfAssessmentOpen(id)).as("the dossier of %s %s is open", unitCode, year).isTrue();
        opened.put(unitCode + "/" + year, id);
        return id;
    }

    private boolean selfAssessmentOpen(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(UnitAssessmentProcess.Elements.SELF_ASSESS).count() == 1;
    }

    /**
     * Registers a campaign: Kon Tum's commune procedure without registration, in the given year, by the district
     * where there is one, with the given YAML lines added.
     */
    public CampaignConfig campaign(String province, int year, String extraYaml) {
        boolean threeTier = chart.all().stream().anyMatch(unit -> unit.tier() == UnitKind.Tier.DISTRICT
                && chart.provinceOf(unit.code()).code().equals(province));
        String authority = threeTier ? "district" : "province";
        String yaml = """
                id: "%1$s-%2$d-test"
                name: "Đợt kiểm thử năm %2$d"
                province: "%1$s"
                year: %2$d
                tracks:
                  commune: {catalog: kontum-2025-commune, receiving: %3$s, appraisal: %3$s, recognition: %3$s}
                stages: {registration: false, opinions: false, verification: false}
                calendar: {selfAssessment: %2$d-11-30, appraisal: %2$d-12-15, recognition: %2$d-12-20, report: %2$d-12-25}
                reminderDays: [14, 3, 1]
                """.formatted(province, year, authority) + extraYaml;
        try {
            CampaignConfig config = campaigns.check("test-" + province + "-" + year + ".yaml",
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
            campaigns.use(config);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
