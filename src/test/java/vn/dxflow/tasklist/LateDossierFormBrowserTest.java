package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.DECIDE_LATE_DOSSIER;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SELF_ASSESS;

import java.io.IOException;
import java.util.Map;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.evidence.EvidenceStore;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * The receiving office decides on a late dossier in Tasklist's embedded form (forms/decide-late-dossier.html):
 * the form shows the unit, the receipt time and how late it is, and refuses a "Từ chối" without a reason before
 * anything reaches the server. Screenshots go to target/screenshots/forms/.
 */
@DxflowSpringTest
class LateDossierFormBrowserTest extends TaskFormBrowserTest {

    @Autowired
    private AssessmentValues values;
    @Autowired
    private EvidenceStore evidence;
    @Autowired
    private Catalogs catalogs;

    @Test
    void theReceivingOfficeRefusesALateDossierWithAReason() throws IOException {
        Task decision = lateDossier("70-2025", "25195");

        tasklist.login("receiving70");

        // Received 02/12/2025 09:00, the self-assessment deadline was the whole of 30/11/2025.
        WebElement form = tasklist.open(decision.getId());
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=lateness]")),
                "Muộn 1 ngày 9 giờ so với hạn cuối 30/11/2025"));
        wait.until(driver -> form.findElement(By.cssSelector("[data-dx=unit]")).getText().contains("(mã 25195)"));
        assertThat(form.findElement(By.cssSelector("[data-dx=received]")).getText()).isEqualTo("02/12/2025 09:00");
        assertThat(form.getText()).contains("Hồ sơ tự đánh giá nộp sau thời hạn", "Tiếp nhận", "Từ chối", "Lý do (bắt buộc)");
        // The completeness check: CQS-1 has a value, CQS-2 only an explanation, the others nothing.
        WebElement completeness = form.findElement(By.cssSelector("[data-dx=completeness]"));
        long documents = evidence.list("25195", 2025, null).stream()
                .filter(document -> !EvidenceStore.REPORTS.equals(document.criterion())).count();
        wait.until(ExpectedConditions.textToBePresentInElement(completeness, "Tài liệu minh chứng: " + documents));
        assertThat(completeness.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(
                "Tiêu chí có số liệu: 1/54",
                "Tiêu chí không có số liệu và không có giải trình: " + String.join(", ", IntStream.rangeClosed(3, 54)
                        .mapToObj(n -> catalogs.get("binhphuoc-2024-commune").criteria().get(n - 1).code()).toList()),
                "Mẫu 01 đã ký số: chưa có",
                "Tài liệu minh chứng: " + documents);
        screenshot("1-quyet-dinh-ho-so-muon");

        click(form.findElement(By.cssSelector("input[value=REFUSE]")));
        tasklist.complete();
        WebElement error = form.findElement(By.cssSelector("[data-dx=error]"));
        wait.until(ExpectedConditions.visibilityOf(error));
        assertThat(error.getText()).isEqualTo("Vui lòng nêu lý do của quyết định.");
        assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("nothing completed").isEqualTo(1);
        screenshot("2-thieu-ly-do");

        form.findElement(By.cssSelector("textarea[cam-variable-name=lateDossierReason]")).sendKeys("Nộp sau thời hạn quy định");
        tasklist.complete();
        wait.until(driver -> {
            AsyncSteps.run(management, assessment);
            return history.createHistoricProcessInstanceQuery().processInstanceId(assessment).finished().count() == 1;
        });
        assertThat(variable(UnitAssessmentProcess.Variables.OUTCOME)).isEqualTo("REFUSED_AS_LATE");
        assertThat(variable(UnitAssessmentProcess.Variables.LATE_DOSSIER_REASON)).isEqualTo("Nộp sau thời hạn quy định");
    }

    /** An assessment whose dossier was submitted on 02/12/2025 09:00, after the deadline of 30/11/2025. */
    private Task lateDossier(String campaignId, String unitCode) {
        clockAt("2025-11-01T08:00");
        start("forms/decide-late-dossier.html", campaignId, unitCode);
        values.save(assessment, AssessmentValues.Source.SELF_ASSESSED, Map.of("CQS-1", CriterionValue.ofPercent("80"),
                "CQS-2", new CriterionValue(null, null, null, null, "Hệ thống chưa cung cấp số liệu.")), "officer" + unitCode);
        clockAt("2025-12-02T09:00");
        completeAs("officer" + unitCode, SELF_ASSESS, Map.of("submissionConfirmed", true));
        ClockUtil.reset();
        return task(DECIDE_LATE_DOSSIER);
    }

    private Object variable(String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(assessment).variableName(name)
                .singleResult().getValue();
    }
}
