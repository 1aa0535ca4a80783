package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.DECIDE_LATE_DOSSIER;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SELF_ASSESS;

import java.time.LocalDateTime;
import java.io.IOException;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * The receiving office decides on a late dossier in Tasklist's embedded form (forms/decide-late-dossier.html):
 * the form shows the unit, the receipt time and how late it is, and refuses a "Từ chối" without a reason before
 * anything reaches the server. Screenshots go to target/screenshots/forms/.
 */
@DxflowSpringTest
class LateDossierFormBrowserTest {

    @RegisterExtension
    final TasklistPage tasklist = new TasklistPage();
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TaskService tasks;
    @Autowired
    private IdentityService identity;
    @Autowired
    private ManagementService management;
    @Autowired
    private HistoryService history;
    @Autowired
    private RepositoryService repository;

    private WebDriverWait wait;
    private String assessment;

    @BeforeEach
    void waiting() {
        wait = tasklist.waiting();
    }

    @AfterEach
    void deleteAssessment() {
        ClockUtil.reset();
        identity.clearAuthentication();
        if (assessment != null && runtime.createProcessInstanceQuery().processInstanceId(assessment).count() > 0) {
            runtime.deleteProcessInstance(assessment, "LateDossierFormBrowserTest failed", true, true);
        }
    }

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
        tasklist.screenshot("1-quyet-dinh-ho-so-muon");

        form.findElement(By.cssSelector("input[value=REFUSE]")).click();
        assertThat(tasklist.refused(form)).isEqualTo("Vui lòng nêu lý do của quyết định.");
        assertThat(tasks.createTaskQuery().taskId(decision.getId()).count()).as("nothing completed").isEqualTo(1);
        tasklist.screenshot("2-thieu-ly-do");

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
        assessment = runtime.startProcessInstanceById(TasklistPage.definitionWithForm(repository,
                UnitAssessmentProcess.KEY, "forms/decide-late-dossier.html"), Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, campaignId,
                UnitAssessmentProcess.Variables.UNIT_CODE, unitCode)).getId();
        clockAt("2025-12-02T09:00");
        String officer = "officer" + unitCode;
        identity.setAuthentication(officer, identity.createGroupQuery().groupMember(officer).list().stream().map(Group::getId).toList());
        try {
            tasks.complete(task(SELF_ASSESS).getId(), Map.of("submissionConfirmed", true));
        } finally {
            identity.clearAuthentication();
        }
        AsyncSteps.run(management, assessment);
        ClockUtil.reset();
        return task(DECIDE_LATE_DOSSIER);
    }

    private Task task(String activityId) {
        Task task = tasks.createTaskQuery().processInstanceId(assessment).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(activityId);
        return task;
    }

    private void clockAt(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(CampaignConfig.ZONE).toInstant()));
    }

    private Object variable(String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(assessment).variableName(name)
                .singleResult().getValue();
    }
}
