package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.APPRAISE;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.REGISTER;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SELF_ASSESS;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SUPPLEMENT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.evidence.UploadContent;
import vn.dxflow.evidence.EvidenceStore;

/**
 * The appraisal council works in forms/appraise.html: self-assessed and appraised values side by side, a changed
 * value flips its criterion to "Không đạt" and is highlighted, the evidence is one click away, a supplement
 * request shows its deadline, and a completed appraisal needs every criterion saved. Commune 02971 and 02962 of
 * campaign 10-2027 (registered target level 3); screenshots go to target/screenshots/forms/.
 */
@DxflowSpringTest
class AppraisalFormBrowserTest extends TaskFormBrowserTest {

    private static final String CATALOG = "kontum-2025-commune";
    private static final String EXPLANATION = "Số liệu lấy từ Cổng dịch vụ công tỉnh ngày 15/11/2027.";

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private AssessmentValues values;
    @Autowired
    private EvidenceStore evidence;

    @Test
    void theCouncilChangesAValueAndRequestsASupplement() throws IOException {
        Task appraisal = atAppraisal("02971");
        long started = System.nanoTime();
        WebElement form = claimAndOpen("appraisal087", appraisal.getId());

        WebElement row = row(form, "CQS-1");
        wait.until(driver -> appraisedBadge(row).equals("Đạt"));
        assertThat(form.findElement(By.cssSelector("[data-dx=unit]")).getText()).isEqualTo("Xã Kim Sơn (mã 02971)");
        assertThat(form.findElement(By.cssSelector("[data-dx=target]")).getText()).isEqualTo("Mức 3 - Cơ bản");
        assertThat(form.findElement(By.cssSelector("[data-dx=deadline]")).getText())
                .isEqualTo("hết ngày 15/12/2027 · Còn 14 ngày 15 giờ");
        assertThat(row.findElement(By.cssSelector("[data-dx=self]")).getText()).contains("70 %", "Đạt", "Giải trình: " + EXPLANATION);
        assertThat(valueInput(row).getAttribute("value")).isEqualTo("70");
        WebElement document = row.findElement(By.linkText("Bien ban kiem tra.pdf"));
        assertThat(document.getAttribute("target")).isEqualTo("_blank");
        assertThat(form.findElement(By.cssSelector("[data-dx=status]")).getText())
                .isEqualTo("Giá trị thẩm định đang lấy theo kết quả tự đánh giá, chưa lưu.");
        showTable(row);
        screenshot("3-tham-dinh-mo-ho-so");

        // The evidence opens in a new tab (the browser saves it, the form stays), from the unit's dossier.
        click(document);
        assertThat(form.isDisplayed()).isTrue();
        Object status = browser.executeAsyncScript("fetch(arguments[0]).then(r => arguments[1](r.status))",
                document.getAttribute("href"));
        assertThat(status).isEqualTo(200L);

        // Numbers as officials write them, with the decimal comma also in the council's own input.
        assertThat(valueInput(row).getAttribute("value")).doesNotContain(".");
        valueInput(row).clear();
        valueInput(row).sendKeys("5O");
        click(form.findElement(By.cssSelector("[data-dx=save]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=status]")),
                "phải là số (tỷ lệ: ví dụ 85 hoặc 85,5; số lượng: số nguyên)."));
        valueInput(row).clear();
        valueInput(row).sendKeys("50,5");
        wait.until(driver -> appraisedBadge(row).equals("Không đạt"));
        assertThat(row.getAttribute("class")).contains("dx-differs");
        assertThat(row.getText()).contains("Khác kết quả tự đánh giá");
        row.findElement(By.cssSelector("textarea.dx-remark")).sendKeys("Tỷ lệ thực tế theo Cổng dịch vụ công là 50%.");
        assertThat(form.findElement(By.cssSelector("[data-dx=status]")).getText()).isEqualTo("Có thay đổi chưa lưu.");
        showTable(row);
        screenshot("4-tham-dinh-doi-gia-tri");

        click(form.findElement(By.cssSelector("input[value=SUPPLEMENT]")));
        assertThat(form.findElement(By.cssSelector("[data-dx=supplement-deadline]")).getText()).isEqualTo("hết ngày 06/12/2027");
        complete();
        assertThat(error(form)).isEqualTo("Có thay đổi chưa lưu. Vui lòng bấm \"Lưu kết quả thẩm định\" trước khi hoàn thành.");
        screenshot("5-tham-dinh-chua-luu");

        click(form.findElement(By.cssSelector("[data-dx=save]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=status]")), "Đã lưu lúc 09:00"));
        assertThat(form.findElement(By.cssSelector("[data-dx=summary-appraised]")).getText())
                .startsWith("Mức đạt được: Mức 1 - Khởi động; mức đăng ký: Mức 3 - Cơ bản (chưa đạt mức đăng ký)");
        assertThat(form.findElement(By.cssSelector("[data-dx=blocking]")).getText()).isEqualTo("CQS-1");
        assertThat(valueInput(row).getAttribute("value")).isEqualTo("50,5");

        complete();
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=error]")),
                "Vui lòng ghi rõ nội dung yêu cầu bổ sung hồ sơ."));
        new Select(form.findElement(By.cssSelector("[data-dx=days]"))).selectByVisibleText("7");
        assertThat(form.findElement(By.cssSelector("[data-dx=supplement-deadline]")).getText()).isEqualTo("hết ngày 08/12/2027");
        new Select(form.findElement(By.cssSelector("[data-dx=days]"))).selectByVisibleText("5");
        form.findElement(By.cssSelector("[data-dx=request]")).sendKeys("Bổ sung ảnh chụp Cổng dịch vụ công cho tiêu chí CQS-1.");
        screenshot("6-tham-dinh-yeu-cau-bo-sung");
        complete();

        wait.until(driver -> tasks.createTaskQuery().processInstanceId(assessment).taskDefinitionKey(SUPPLEMENT).count() == 1);
        System.out.printf("Appraisal with a supplement request in the browser: %.1f s%n", (System.nanoTime() - started) / 1e9);
        Task supplement = tasks.createTaskQuery().processInstanceId(assessment).singleResult();
        assertThat(supplement.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2027-12-07T00:00+07:00").toInstant());
        assertThat(runtime.getVariable(assessment, UnitAssessmentProcess.Variables.SUPPLEMENT_REQUEST))
                .isEqualTo("Bổ sung ảnh chụp Cổng dịch vụ công cho tiêu chí CQS-1.");
        assertThat(runtime.getVariable(assessment, UnitAssessmentProcess.Variables.SUPPLEMENT_DAYS)).isEqualTo(5L);
        Map<String, CriterionValue> appraised = values.load(assessment, AssessmentValues.Source.APPRAISED);
        assertThat(appraised.get("CQS-1")).isEqualTo(new CriterionValue(new BigDecimal("50.5"), null, null, null,
                "Tỷ lệ thực tế theo Cổng dịch vụ công là 50%."));
        assertThat(appraised).hasSameSizeAs(values.load(assessment, AssessmentValues.Source.SELF_ASSESSED));
    }

    @Test
    void theCouncilCompletesAfterSavingEveryCriterionAndDownloadsMau02() throws IOException {
        Task appraisal = atAppraisal("02962");
        WebElement form = claimAndOpen("appraisal087", appraisal.getId());
        wait.until(driver -> appraisedBadge(row(form, "CQS-1")).equals("Đạt"));

        click(form.findElement(By.cssSelector("input[value=COMPLETE]")));
        complete();
        assertThat(error(form)).startsWith("Chưa thể hoàn thành thẩm định: các tiêu chí CQS-1, CQS-2,")
                .endsWith(" chưa có giá trị thẩm định đã lưu. Vui lòng nhập và bấm \"Lưu kết quả thẩm định\".");
        screenshot("7-tham-dinh-thieu-tieu-chi");

        click(form.findElement(By.cssSelector("[data-dx=save]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=status]")), "Đã lưu lúc"));
        click(form.findElement(By.cssSelector("[data-dx=download]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=report-status]")), "Đã tải Mẫu 02 ("));
        assertThat(form.findElement(By.cssSelector("[data-dx=summary-appraised]")).getText())
                .startsWith("Mức đạt được: Mức 3 - Cơ bản; mức đăng ký: Mức 3 - Cơ bản (đạt mức đăng ký)");
        click(form.findElement(By.cssSelector("[data-dx=demo-sign]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=report-status]")),
                "Đã tải Mẫu 02 ký số thử nghiệm ("));
        // The browser saved the signed copy in its downloads; the test fetches the same copy to pick it as a file.
        form.findElement(By.cssSelector("[data-dx=signed-file]")).sendKeys(demoSignedMau02().toString());
        assertThat(form.findElement(By.cssSelector("[data-dx=signed-name]")).getText()).startsWith("mau-02-da-ky.pdf (");
        click(form.findElement(By.cssSelector("[data-dx=upload]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=report-status]")),
                "Đã nhận Mẫu 02 đã ký: "));
        assertThat(runtime.getVariable(assessment, "signedReport_MAU_02")).isNotNull();
        screenshot("8-tham-dinh-mau-02-hoan-thanh");
        complete();

        wait.until(driver -> tasks.createTaskQuery().processInstanceId(assessment).taskDefinitionKey(APPRAISE).count() == 0);
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(assessment)
                .variableName(UnitAssessmentProcess.Variables.APPRAISAL_DECISION).singleResult().getValue()).isEqualTo("COMPLETE");
        Map<String, CriterionValue> self = new LinkedHashMap<>(values.load(assessment, AssessmentValues.Source.SELF_ASSESSED));
        self.put("CQS-1", new CriterionValue(new BigDecimal("70"), null, null, null));   // the unit's explanation is not the council's remark
        assertThat(values.load(assessment, AssessmentValues.Source.APPRAISED)).isEqualTo(self);
    }

    /**
     * A campaign without registration (70-2028, the shape of the default demo): every criterion is judged at the
     * level the values reach, with its badge, and the summary gives that level and the counts (no script error).
     */
    @Test
    void withoutARegisteredLevelTheCouncilSeesVerdictsAndTheSummary() throws IOException {
        cycle.clockAt("2028-11-20T10:00");
        assessment = runtime.startProcessInstanceById(definitionWithForm("forms/appraise.html"), Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, "70-2028",
                UnitAssessmentProcess.Variables.UNIT_CODE, "25780")).getId();
        values.save(assessment, AssessmentValues.Source.SELF_ASSESSED, cycle.valuesMeeting(CATALOG, 2), "officer25780");
        cycle.completeAs(cycle.task(assessment, SELF_ASSESS), "officer25780", Map.of("submissionConfirmed", true));
        cycle.clockAt("2028-12-01T09:00");
        WebElement form = claimAndOpen("appraisal70", cycle.task(assessment, APPRAISE).getId());

        WebElement row = row(form, "CQS-1");
        wait.until(driver -> appraisedBadge(row).equals("Đạt"));
        assertThat(row.findElement(By.cssSelector("[data-dx=self] .dx-badge")).getText()).isEqualTo("Đạt");
        assertThat(form.findElement(By.cssSelector("[data-dx=target]")).getText()).isEqualTo("Không đăng ký");
        String summary = "Mức đạt được: Mức 2 - Kết nối (không đăng ký mức; đánh giá tại Mức 2 - Kết nối) · ";
        assertThat(form.findElement(By.cssSelector("[data-dx=summary-self]")).getText()).startsWith(summary);
        click(form.findElement(By.cssSelector("[data-dx=save]")));
        wait.until(ExpectedConditions.textToBePresentInElement(form.findElement(By.cssSelector("[data-dx=status]")), "Đã lưu lúc"));
        assertThat(form.findElement(By.cssSelector("[data-dx=summary-appraised]")).getText()).startsWith(summary)
                .endsWith(" tiêu chí đạt, tỷ lệ đạt 100 %.");
        assertThat(form.findElement(By.cssSelector("[data-dx=blocking]")).getText()).isEqualTo("Không có");
        assertThat(form.findElement(By.cssSelector("[data-dx=error]")).isDisplayed()).isFalse();
        screenshot("9-tham-dinh-khong-dang-ky-muc");
    }

    /**
     * An assessment of the commune, registered for level 3 and self-assessed at exactly level 3 with an explanation
     * and one evidence document for CQS-1, submitted in time; the clock then stands at 01/12/2027 09:00.
     */
    private Task atAppraisal(String unitCode) throws IOException {
        String officer = "officer" + unitCode;
        cycle.clockAt("2027-01-10T08:00");
        assessment = runtime.startProcessInstanceById(definitionWithForm("forms/appraise.html"), Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, "10-2027",
                UnitAssessmentProcess.Variables.UNIT_CODE, unitCode)).getId();
        cycle.completeAs(cycle.task(assessment, REGISTER), officer, Map.of(UnitAssessmentProcess.Variables.TARGET_LEVEL, 3L));
        cycle.clockAt("2027-11-20T10:00");
        Map<String, CriterionValue> self = new LinkedHashMap<>(cycle.valuesMeeting(CATALOG, 3));
        self.put("CQS-1", new CriterionValue(new BigDecimal("70"), null, null, null, EXPLANATION));
        values.save(assessment, AssessmentValues.Source.SELF_ASSESSED, self, officer);
        evidence.upload(unitCode, 2027, "CQS-1", officer, pdf("Bien ban kiem tra.pdf"));
        cycle.completeAs(cycle.task(assessment, SELF_ASSESS), officer, Map.of("submissionConfirmed", true));
        cycle.clockAt("2027-12-01T09:00");
        return cycle.task(assessment, APPRAISE);
    }

    /** Mẫu 02 signed with the appraiser's demo certificate, fetched in the appraiser's browser session. */
    private Path demoSignedMau02() throws IOException {
        String base64 = (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const token = decodeURIComponent(document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).substring(11));"
                + "fetch('/api/reports/' + arguments[0] + '/mau-02/demo-sign', {method: 'POST', headers: {'X-XSRF-TOKEN': token}})"
                + ".then(r => r.blob()).then(b => { const reader = new FileReader();"
                + "reader.onload = () => done(reader.result.split(',')[1]); reader.readAsDataURL(b); })", assessment);
        Path folder = Files.createTempDirectory("dxflow-mau-02");
        folder.toFile().deleteOnExit();   // deleted after the file, registered later
        Path file = Files.write(folder.resolve("mau-02-da-ky.pdf"), Base64.getDecoder().decode(base64));
        file.toFile().deleteOnExit();
        return file;
    }

    private static UploadContent pdf(String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.save(bytes);
        }
        return UploadContent.of(name, bytes.toByteArray());
    }

    /** The criteria table at the top of the window, the given row in it. */
    private void showTable(WebElement row) {
        browser.executeScript("arguments[0].closest('.dx-scroll').scrollIntoView({block: 'start'});"
                + "arguments[0].scrollIntoView({block: 'nearest'})", row);
    }

    private WebElement row(WebElement form, String criterion) {
        return wait.until(driver -> form.findElement(By.cssSelector("tr[data-criterion='" + criterion + "']")));
    }

    private static WebElement valueInput(WebElement row) {
        return row.findElement(By.cssSelector("[data-dx=appraised] input"));
    }

    private static String appraisedBadge(WebElement row) {
        return row.findElement(By.cssSelector("[data-dx=appraised] .dx-badge")).getText();
    }

    private String error(WebElement form) {
        WebElement error = form.findElement(By.cssSelector("[data-dx=error]"));
        wait.until(ExpectedConditions.visibilityOf(error));
        return error.getText();
    }
}
