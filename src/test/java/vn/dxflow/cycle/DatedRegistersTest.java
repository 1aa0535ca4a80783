package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.dxflow.DxflowApplication;
import vn.dxflow.evidence.EvidenceApi;
import vn.dxflow.org.OrgChart;

/**
 * Two registers installed together, as a province that ran DXFlow before 1 July 2025 keeps them: the three-tier
 * example (Tỉnh Lào Cai 10 → Huyện Bảo Yên 087 → Thị trấn Phố Ràng 02947) from 2020 and the national register
 * (Tỉnh Lào Cai 15 → Xã Bảo Yên 02947) from 1 July 2025. The code 02947 names a different unit in each. A campaign
 * opened in 2024 keeps its districts and names; one opened in 2026 has none; each is seen by its own supervisors.
 * An application of its own (another organisation than the Spring tests').
 */
class DatedRegistersTest {

    private static final String CAMPAIGN_2026 = "15-2026";
    private static ConfigurableApplicationContext app;
    private static EvidenceApi api;
    private static CycleDriver cycle;
    private static String instance2024;
    private static String instance2026;

    @BeforeAll
    static void openACampaignBeforeTheReformAndOneAfter() throws Exception {
        Path data = Path.of("target/test-data/dated-registers");
        FileSystemUtils.deleteRecursively(data);
        app = new SpringApplicationBuilder(DxflowApplication.class).run(
                "--dxflow.data-dir=" + data.toAbsolutePath(), "--server.port=0", "--dxflow.demo.campaigns=",
                "--camunda.bpm.job-execution.enabled=false",
                "--dxflow.org.units-file=classpath:org/vietnam-2025-two-tier.csv", "--dxflow.org.provinces=15",
                "--dxflow.org.units-from=2025-07-01",
                "--dxflow.org.earlier-registers[0].file=classpath:org/example-before-reform.csv",
                "--dxflow.org.earlier-registers[0].from=2020-01-01",
                "--dxflow.org.earlier-registers[0].provinces=10");
        api = new EvidenceApi(((WebServerApplicationContext) app).getWebServer().getPort());
        cycle = app.getBean(CycleDriver.class);
        CampaignOpener opener = app.getBean(CampaignOpener.class);

        cycle.clockAt("2024-03-01T08:00");
        String campaign2024 = opener.open("10-2024");
        cycle.runDueJobs(campaign2024);
        instance2024 = unitInstance("10-2024", "02947");

        // 2025: the old province's campaign opened before the reform, the new province's after it.
        cycle.clockAt("2025-01-10T08:00");
        cycle.runDueJobs(opener.open("10-2025"));
        cycle.clockAt("2025-08-01T08:00");
        cycle.runDueJobs(opener.open(installTwoTier(2025)));

        cycle.clockAt("2026-03-02T08:00");
        String campaign2026 = opener.open(installTwoTier(2026));
        cycle.runDueJobs(campaign2026);
        instance2026 = unitInstance(CAMPAIGN_2026, "02947");
        ClockUtil.reset();
    }

    /** A two-tier campaign of Lào Cai (15), as an administrator saves it; its id. */
    private static String installTwoTier(int year) throws java.io.IOException {
        Campaigns campaigns = app.getBean(Campaigns.class);
        String id = "15-" + year;
        campaigns.use(campaigns.check(id + ".yaml", new ByteArrayInputStream("""
                id: "15-%1$d"
                name: "Đánh giá mức độ chuyển đổi số cấp xã năm %1$d - tỉnh Lào Cai"
                province: "15"
                year: %1$d
                tracks:
                  commune: {catalog: kontum-2025-commune, receiving: province, appraisal: province, recognition: province}
                calendar: {selfAssessment: %1$d-11-30, appraisal: %1$d-12-15, recognition: %1$d-12-20, report: %1$d-12-25}
                """.formatted(year).getBytes(StandardCharsets.UTF_8))));
        return id;
    }

    @AfterAll
    static void close() {
        ClockUtil.reset();
        if (app != null) {
            app.close();
        }
    }

    private static String unitInstance(String campaignId, String unitCode) {
        return app.getBean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(ProvinceCampaignProcess.unitBusinessKey(campaignId, unitCode))
                .singleResult().getId();
    }

    @Test
    void eachCampaignStartsTheUnitsOfItsRegisterWithTheAuthoritiesOfThatDay() {
        CampaignRegisters registers = app.getBean(CampaignRegisters.class);
        assertThat(app.getBean(Authorities.class).assessedUnits("10-2024")).contains("02947", "02950")
                .hasSize(17);
        assertThat(app.getBean(Authorities.class).assessedUnits(CAMPAIGN_2026)).contains("02947", "02953")
                .doesNotContain("02950").hasSize(99);
        assertThat(cycle.variable(instance2024, UnitAssessmentProcess.Variables.RECEIVING_GROUP)).isEqualTo("receiving087");
        assertThat(cycle.variable(instance2026, UnitAssessmentProcess.Variables.RECEIVING_GROUP)).isEqualTo("receiving15");
        // Long after both opened (the clock is back at today), each keeps the register of its opening day.
        assertThat(registers.of("10-2024").get("02947").name()).isEqualTo("Thị trấn Phố Ràng");
        assertThat(registers.of(CAMPAIGN_2026).get("02947").name()).isEqualTo("Xã Bảo Yên");
        assertThat(app.getBean(OrgChart.class).get("02947").name()).as("identities use each code's latest line")
                .isEqualTo("Xã Bảo Yên");
    }

    @Test
    void tasklistShowsEachDossierToTheSupervisorsOfItsOwnRegister() {
        assertThat(visible("receiving087", instance2024)).isTrue();
        assertThat(visible("receiving087", instance2026)).as("a district dissolved by the reform").isFalse();
        assertThat(visible("receiving15", instance2026)).isTrue();
        assertThat(visible("receiving15", instance2024)).isFalse();
        assertThat(visible("officer02947", instance2024)).isTrue();
        assertThat(visible("officer02947", instance2026)).isTrue();
    }

    @Test
    void theApiJudgesADossierByTheRegisterOfItsCampaign() {
        assertThat(api.get("receiving087", "/api/evidence?unit=02947&year=2024").statusCode()).isEqualTo(200);
        assertThat(api.get("receiving087", "/api/evidence?unit=02947&year=2026").statusCode()).isEqualTo(403);
        assertThat(api.get("receiving15", "/api/evidence?unit=02947&year=2026").statusCode()).isEqualTo(200);
        assertThat(api.get("receiving15", "/api/evidence?unit=02947&year=2024").statusCode()).isEqualTo(403);
        assertThat(api.get("receiving087", "/api/assessments/" + instance2024).statusCode()).isEqualTo(200);
        assertThat(api.get("receiving087", "/api/assessments/" + instance2026).statusCode()).isEqualTo(403);
        // 2025 had a campaign on each side of the reform: each one's supervisors reach the dossier they work on.
        assertThat(api.get("receiving087", "/api/evidence?unit=02947&year=2025").statusCode()).isEqualTo(200);
        assertThat(api.get("receiving15", "/api/evidence?unit=02947&year=2025").statusCode()).isEqualTo(200);
        assertThat(api.get("receiving087", "/api/evidence?unit=02953&year=2025").statusCode()).isEqualTo(200);
        assertThat(api.get("receiving15", "/api/evidence?unit=02950&year=2025").statusCode())
                .as("Tân Tiến was never in the new province's register").isEqualTo(403);
    }

    @Test
    void reportsNameUnitsAsTheirCampaignsRegisterNamedThem() {
        JsonNode before = EvidenceApi.json(api.get("receiving10", "/api/reports/campaigns/10-2024/synthesis/pending"));
        assertThat(line(before, "Thị trấn Phố Ràng").path("parentName").asText()).isEqualTo("Huyện Bảo Yên");
        JsonNode after = EvidenceApi.json(api.get("receiving15",
                "/api/reports/campaigns/" + CAMPAIGN_2026 + "/synthesis/pending"));
        assertThat(line(after, "Xã Bảo Yên").path("parentName").asText()).isEqualTo("Tỉnh Lào Cai");
        assertThat(api.get("receiving15", "/api/reports/campaigns/10-2024/synthesis/pending").statusCode())
                .isEqualTo(403);
    }

    @Test
    void aCampaignOfAProvinceThatNoLongerExistsDoesNotOpen() {
        assertThatThrownBy(() -> app.getBean(CampaignOpener.class).open("10-2026"))
                .isInstanceOf(CampaignOpener.RegisterMismatchException.class);
        var refused = api.post("admin", "/api/campaigns/10-2026/open");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(EvidenceApi.json(refused).path("message").asText())
                .startsWith("Đợt đánh giá không phù hợp với danh mục đơn vị hành chính có hiệu lực ngày ")
                .contains("không có đơn vị mã '10'");
    }

    private static JsonNode line(JsonNode units, String name) {
        return StreamSupport.stream(units.spliterator(), false).filter(unit -> unit.path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not in " + units));
    }

    private static boolean visible(String user, String processInstanceId) {
        IdentityService identity = app.getBean(IdentityService.class);
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return app.getBean(ProcessEngine.class).getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(processInstanceId).count() == 1;
        } finally {
            identity.clearAuthentication();
        }
    }
}
