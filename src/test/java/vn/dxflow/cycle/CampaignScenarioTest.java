package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;
import vn.dxflow.DxflowApplication;
import vn.dxflow.evidence.EvidenceDocument;
import vn.dxflow.evidence.EvidenceStore;

/**
 * The national campaign benchmark's scenario for one province of the national register (Tỉnh Lai Châu, 38
 * communes and wards), so that it cannot rot: an application of its own with the job executor on, every stage's
 * tasks completed by their users on four threads at once with Camunda authorization, evidence uploaded, Mẫu 01,
 * Mẫu 02 and every decision rendered and stored in the embedded CMIS repository.
 */
class CampaignScenarioTest {

    private static final String LAI_CHAU = "12";

    @Test
    void everyCommuneOfAProvinceGoesThroughEveryStageAsItsUsersCompleteTheirTasksAtOnce() throws Exception {
        Path data = Path.of("target/test-data/campaign-scenario");
        FileSystemUtils.deleteRecursively(data);
        ConfigurableApplicationContext app = new SpringApplicationBuilder(DxflowApplication.class).run(
                "--dxflow.data-dir=" + data.toAbsolutePath(), "--dxflow.org.provinces=" + LAI_CHAU,
                "--dxflow.demo.campaigns=", "--server.port=0", "--camunda.bpm.job-execution.enabled=true");
        try {
            CampaignScenario scenario = new CampaignScenario(app);
            scenario.install(LAI_CHAU);
            List<String> campaigns = scenario.run(List.of(LAI_CHAU));

            HistoryService history = app.getBean(ProcessEngine.class).getHistoryService();
            List<HistoricProcessInstance> units = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(UnitAssessmentProcess.KEY).list();
            assertThat(units).hasSize(38).allSatisfy(unit -> assertThat(unit.getEndActivityId())
                    .isEqualTo(UnitAssessmentProcess.Elements.END_RECOGNIZED));
            assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(campaigns.get(0)).singleResult()
                    .getEndActivityId()).isEqualTo(ProvinceCampaignProcess.Elements.END_CLOSED);
            assertThat(scenario.failedJobs()).isZero();
            assertThat(scenario.stages()).extracting(CampaignScenario.Stage::tasks)
                    .containsExactly(0, 38, 38, 38, 38, 38, 38, 1);

            EvidenceStore evidence = app.getBean(EvidenceStore.class);
            for (HistoricProcessInstance unit : units) {
                String code = unit.getBusinessKey().substring(unit.getBusinessKey().lastIndexOf('-') + 1);
                assertThat(evidence.list(code, CampaignScenario.YEAR, EvidenceStore.REPORTS))
                        .extracting(EvidenceDocument::fileName).containsExactlyInAnyOrder(
                                "Mẫu 01 - Báo cáo kết quả tự đánh giá (bản tạo tự động).pdf",
                                "Mẫu 02 - Báo cáo kết quả thẩm định (bản tạo tự động).pdf",
                                "Quyết định công nhận mức độ chuyển đổi số (bản tạo tự động).pdf");
            }
            // 38 decisions issued by the province's committee, four at a time: the register counted every one.
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select last_number from dxflow_document_number "
                    + "where issuer_code = ? and issue_year = ?", Integer.class, LAI_CHAU, CampaignScenario.YEAR))
                    .isEqualTo(38);
        } finally {
            ClockUtil.reset();
            app.close();
        }
    }
}
