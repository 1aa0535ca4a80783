package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.io.IOException;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.ProvinceCampaignProcess;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * The decisions after the appraisal, each made in its Tasklist form by the user whose step it is: the steering
 * committee member's opinion (Mẫu 03), the department's verification (Mẫu 04), the chairman's recognition, and
 * the province's report. Each form first refuses a completion without its choice, in Vietnamese, before anything
 * reaches the server. Campaign 10-2027 (every stage on), commune 02980 of district 087.
 */
@DxflowSpringTest
class DecisionFormsBrowserTest extends TaskFormBrowserTest {

    private static final String CATALOG = "kontum-2025-commune";

    @Autowired
    private CycleDriver cycle;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    @Test
    void opinionVerificationAndRecognitionAreDecidedInTheirForms() throws IOException {
        String id = appraisedAtLevelTwo();

        serverRefuses(id, GIVE_OPINION, "steering10", "Vui lòng chọn ĐẠT YÊU CẦU hoặc KHÔNG ĐẠT YÊU CẦU.");
        tasklist.login("steering10");
        WebElement opinion = tasklist.open(cycle.task(id, GIVE_OPINION).getId());
        awaitResult(opinion);
        assertThat(text(opinion, "unit")).isEqualTo("Xã Xuân Thượng (mã 02980)");
        tasklist.waiting().until(driver -> !text(opinion, "evidence").equals("…"));
        // No evidence uploaded in this test: the reports archived beside it, each one click away.
        WebElement archived = opinion.findElement(By.linkText("Báo cáo: Mẫu 02 - Báo cáo kết quả thẩm định (bản tạo tự động).pdf"));
        assertThat(archived.getAttribute("href")).matches(".*/api/evidence/[^/]+/content");
        downloads(opinion, "mau-02", "Đã tải xuống Mẫu 02 - Báo cáo kết quả thẩm định.pdf.");
        assertThat(opinion.findElements(By.cssSelector("[data-report=mau-03] button"))).extracting(WebElement::getText)
                .containsExactly("Tải Mẫu 03", "Ký số thử nghiệm");
        // The picker is DXFlow's Vietnamese button, not the browser's "Choose File / No file chosen".
        assertThat(opinion.findElement(By.cssSelector("[data-report=mau-03] label[for=signed-mau-03]")).getText())
                .isEqualTo("Chọn bản đã ký số để tải lên…");
        assertThat(opinion.findElement(By.id("signed-mau-03")).getAttribute("class")).contains("sr-only");
        screenshot("y-kien-1-mau-03");
        assertThat(tasklist.refused(opinion)).isEqualTo("Vui lòng chọn ĐẠT YÊU CẦU hoặc KHÔNG ĐẠT YÊU CẦU.");
        screenshot("y-kien-2-chua-chon");
        opinion.findElement(By.cssSelector("input[value=DAT_YEU_CAU]")).click();
        opinion.findElement(By.id("opinionRemark")).sendKeys("Hồ sơ đầy đủ, đúng quy định");
        // The draft of Mẫu 03 is asked for with the choice and the remark, not yet submitted (GoldenDocumentsTest
        // reads such a draft): the form's requests are recorded on their way out.
        browser.executeScript("window.dxRequested = []; const original = window.fetch;"
                + "window.fetch = (url, options) => { window.dxRequested.push(String(url)); return original(url, options); };");
        downloads(opinion, "mau-03", "Đã tải xuống Mẫu 03 - Ý kiến thành viên Ban Chỉ đạo.pdf.");
        assertThat((String) browser.executeScript("return window.dxRequested.find(url => url.includes('/mau-03'));"))
                .endsWith("/mau-03?opinion=DAT_YEU_CAU&remark=H%E1%BB%93+s%C6%A1+%C4%91%E1%BA%A7y+%C4%91%E1%BB%A7%2C+"
                        + "%C4%91%C3%BAng+quy+%C4%91%E1%BB%8Bnh");
        tasklist.complete();
        awaitStep(id, VERIFY);
        // Every member's opinion stays local to the member's task (the model's inputOutput).
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(id).variableName(OPINION).list())
                .extracting(v -> v.getValue()).containsExactly("DAT_YEU_CAU");

        serverRefuses(id, VERIFY, "department10", "Vui lòng chọn kết quả thẩm tra: Đạt hoặc Không đạt.");
        tasklist.login("department10");
        WebElement verification = tasklist.open(cycle.task(id, VERIFY).getId());
        // Side by side: the appraised values and the verified ones, prefilled with them until the department saves.
        tasklist.waiting().until(driver -> text(verification, "summary-appraised")
                .startsWith("Mức đạt được: Mức 2 - Kết nối; mức đăng ký: Mức 2 - Kết nối (đạt mức đăng ký)"));
        assertThat(text(verification, "status")).startsWith("Giá trị thẩm tra đang lấy theo kết quả thẩm định, chưa lưu");
        screenshot("tham-tra-1-mau-04");
        assertThat(tasklist.refused(verification)).isEqualTo("Vui lòng chọn kết quả thẩm tra: Đạt hoặc Không đạt.");
        verification.findElement(By.cssSelector("input[value=DAT]")).click();
        verification.findElement(By.id("verificationRemark")).sendKeys("Thống nhất kết quả thẩm định");
        verification.findElement(By.cssSelector("[data-dx=download]")).click();
        tasklist.waiting().until(ExpectedConditions.textToBePresentInElement(
                verification.findElement(By.cssSelector("[data-dx=report-status]")), "Đã tải Mẫu 04 ("));
        tasklist.complete();
        awaitStep(id, RECOGNIZE);
        assertThat(cycle.variable(id, VERIFICATION_RESULT)).isEqualTo("DAT");

        serverRefuses(id, RECOGNIZE, "chairman087", "Vui lòng chọn Công nhận hoặc Không công nhận.");
        tasklist.login("chairman087");
        WebElement recognition = tasklist.open(cycle.task(id, RECOGNIZE).getId());
        awaitResult(recognition);
        tasklist.waiting().until(ExpectedConditions.textToBePresentInElement(
                recognition.findElement(By.cssSelector("[data-dx=verification]")), "Đạt"));
        assertThat(tasklist.refused(recognition)).isEqualTo("Vui lòng chọn Công nhận hoặc Không công nhận.");
        recognition.findElement(By.cssSelector("input[value=RECOGNIZED]")).click();
        WebElement level = recognition.findElement(By.id("recognizedLevel"));
        assertThat(level.getAttribute("value")).as("prefilled with the appraised level").isEqualTo("2");
        level.clear();
        level.sendKeys("3");
        assertThat(tasklist.refused(recognition)).isEqualTo("Mức độ công nhận phải từ 1 đến 2 (mức độ theo kết quả thẩm định).");
        screenshot("cong-nhan-1-vuot-muc-tham-dinh");
        level.clear();
        level.sendKeys("2");
        recognition.findElement(By.id("recognitionReason")).sendKeys("Theo kết quả thẩm định và thẩm tra");
        tasklist.complete();
        awaitFinished(id);
        assertThat(cycle.variable(id, OUTCOME)).isEqualTo("RECOGNIZED");
        assertThat(cycle.variable(id, RECOGNIZED_LEVEL)).isEqualTo(2L);
    }

    @Test
    void theProvinceConfirmsSendingItsReport() throws IOException {
        cycle.clockAt("2027-12-21T08:00");
        String campaign = runtime.createProcessInstanceById(TasklistPage.definitionWithForm(repository,
                        ProvinceCampaignProcess.KEY, "forms/send-province-report.html"))
                .startBeforeActivity(ProvinceCampaignProcess.Elements.SEND_REPORT)
                .setVariables(Map.of(ProvinceCampaignProcess.Variables.CAMPAIGN_ID, "10-2027",
                        ProvinceCampaignProcess.Variables.PROVINCE_CODE, "10", UNIT_CODE, "10",
                        ProvinceCampaignProcess.Variables.REPORT_GROUP, "receiving10"))
                .execute().getId();
        try {
            serverRefuses(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT, "receiving10",
                    "Vui lòng xác nhận đã gửi báo cáo tổng hợp của tỉnh.");
            tasklist.login("receiving10");
            WebElement form = tasklist.open(cycle.task(campaign, ProvinceCampaignProcess.Elements.SEND_REPORT).getId());
            tasklist.waiting().until(driver -> text(form, "deadline").contains("2027"));
            assertThat(text(form, "deadline")).isEqualTo("25/12/2027 23:59");
            form.findElement(By.cssSelector("[data-action=synthesis]")).click();
            tasklist.waiting().until(ExpectedConditions.textToBePresentInElement(
                    form.findElement(By.cssSelector("[data-dx=report-status]")), "Đã tải xuống báo cáo tổng hợp."));
            screenshot("bao-cao-tinh");
            assertThat(tasklist.refused(form)).isEqualTo("Vui lòng xác nhận đã gửi báo cáo tổng hợp của tỉnh.");
            form.findElement(By.id("reportSent")).sendKeys(" ");
            // Other tests leave assessments of 10-2027 running: the form names them and asks for their confirmation.
            long running = history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                    .variableValueEquals(CAMPAIGN_ID, "10-2027").unfinished().count();
            if (running > 0) {
                tasklist.waiting().until(driver -> text(form, "pending").startsWith("Còn " + running + " đơn vị"));
                assertThat(form.findElements(By.cssSelector("[data-dx=pending-list] li"))).hasSize((int) running);
                screenshot("bao-cao-tinh-con-don-vi");
                assertThat(tasklist.refused(form)).isEqualTo("Còn " + running
                        + " đơn vị chưa có kết quả đánh giá: vui lòng xác nhận gửi báo cáo khi chưa đủ kết quả.");
                form.findElement(By.id("pendingUnitsConfirmed")).sendKeys(" ");
            }
            tasklist.complete();
            // Sending the report closes the campaign.
            tasklist.waiting().until(driver -> tasks.createTaskQuery().processInstanceId(campaign).count() == 0);
            assertThat(cycle.variable(campaign, ProvinceCampaignProcess.Variables.REPORT_SENT)).isEqualTo(true);
        } finally {
            if (runtime.createProcessInstanceQuery().processInstanceId(campaign).count() > 0) {
                runtime.deleteProcessInstance(campaign, "DecisionFormsBrowserTest failed");
            }
        }
    }

    /** 02980 registered level 2, self-assessed and was appraised at it: the steering committee's turn. */
    private String appraisedAtLevelTwo() {
        cycle.clockAt("2027-01-05T08:00");
        String id = runtime.startProcessInstanceById(TasklistPage.definitionWithForm(repository, UnitAssessmentProcess.KEY,
                "forms/give-opinion.html"), Map.of(CAMPAIGN_ID, "10-2027", UNIT_CODE, "02980")).getId();
        cycle.complete(id, REGISTER, "officer02980", Map.of(TARGET_LEVEL, 2L));
        cycle.clockAt("2027-11-20T08:00");
        cycle.selfAssess(id, "officer02980", CATALOG, 2);
        cycle.appraise(id, "appraisal087", CATALOG, 2);
        return id;
    }

    /** The server refuses the plain completion without the choice with the message the form shows. */
    private void serverRefuses(String id, String activityId, String user, String message) {
        assertThatThrownBy(() -> cycle.complete(id, activityId, user, Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessage(message);
    }

    private void awaitResult(WebElement form) {
        tasklist.waiting().until(driver -> text(form, "result").startsWith("Mức 2 - Kết nối (đăng ký mức 2)"));
    }

    /** Waits for the browser's completion to reach the engine, running the asynchronous steps it leaves. */
    private void awaitStep(String id, String activityId) {
        tasklist.waiting().until(driver -> {
            AsyncSteps.run(management, id);
            return tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(activityId).count() == 1;
        });
    }

    private void awaitFinished(String id) {
        tasklist.waiting().until(driver -> {
            AsyncSteps.run(management, id);
            return history.createHistoricProcessInstanceQuery().processInstanceId(id).finished().count() == 1;
        });
    }

    private void downloads(WebElement form, String report, String done) {
        form.findElement(By.cssSelector("[data-report=" + report + "] button")).click();
        tasklist.waiting().until(ExpectedConditions.textToBePresentInElement(
                form.findElement(By.cssSelector("[data-report=" + report + "] [role=status]")), done));
    }

    private static String text(WebElement form, String role) {
        return form.findElement(By.cssSelector("[data-dx='" + role + "']")).getText();
    }
}
