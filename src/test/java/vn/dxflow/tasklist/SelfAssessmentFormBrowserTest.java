package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.APPRAISE;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.REGISTER;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SELF_ASSESS;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.SUPPLEMENT;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.Threshold;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.evidence.EvidenceDocument;
import vn.dxflow.evidence.EvidenceSamples;
import vn.dxflow.evidence.EvidenceStore;

/**
 * The unit's dossier forms in Tasklist (forms/self-assess.html and forms/supplement.html): an officer enters
 * values with explanations and watches the level the server computes, uploads evidence (refused, accepted,
 * cancelled), gets Mẫu 01 signed with the demo certificate and uploads it, reads the summary and submits; then
 * the supplement the council asks for. Screenshots of every state go to target/screenshots/forms/.
 */
@DxflowSpringTest
class SelfAssessmentFormBrowserTest extends TaskFormBrowserTest {

    private static final String CAMPAIGN = "10-2027";
    private static final String CATALOG = "kontum-2025-commune";
    /** Names differ per run: the evidence repository's folder under target/test-data outlives the JVM. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 4);

    @Autowired
    private AssessmentValues values;
    @Autowired
    private EvidenceStore evidence;
    @Autowired
    private Catalogs catalogs;
    @Autowired
    private TestRestTemplate rest;

    @Test
    void anOfficerAssessesUploadsSignsAndSubmits() throws IOException {
        assessment = registered("02989");
        // Everything level 1 asks for is already saved, except CQS-1 (percent) and CQS-7 (count).
        values.save(assessment, AssessmentValues.Source.SELF_ASSESSED, levelOneExcept("CQS-1", "CQS-7"), "officer02989");
        clockAt("2027-11-23T09:00");
        Task selfAssess = task(SELF_ASSESS);

        long started = System.nanoTime();
        logIn("officer02989");
        WebElement form = claim(selfAssess.getId());
        // Due at the end of 30/11/2027; the engine's clock says 23/11/2027 09:00.
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "deadline"), "hết ngày 30/11/2027 — Còn 7 ngày 15 giờ"));
        wait.until(driver -> role(form, "unit").getText().equals("Xã Bảo Hà (mã 02989)"));
        assertThat(role(form, "campaign").getText()).isEqualTo("Đợt thử nghiệm 2027 - tỉnh Lào Cai (đủ các bước)");
        assertThat(role(form, "target").getText()).isEqualTo("Mức 1 - Khởi động");
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "level"), "Chưa đạt mức nào"));
        assertThat(role(form, "level").getText()).contains("Chưa đạt mức đăng ký 1: 2 tiêu chí chưa đạt.");
        assertThat(criterion(form, "CQS-1").getText()).contains("Yêu cầu ở mức 1: 50%", "Chưa có số liệu");
        assertThat(criterion(form, "CQS-4").getText()).contains("Không áp dụng ở mức đăng ký");
        assertThat(form.findElement(By.cssSelector("label[for='dx-CQS-1-note']")).getText()).isEqualTo("Giải trình");
        assertThat(browser.executeScript("return [...arguments[0].querySelectorAll('input, select, textarea')]"
                + ".filter(i => i.type !== 'hidden' && !(i.id && arguments[0].querySelector('label[for=\"' + i.id + '\"]')))"
                + ".map(i => i.outerHTML)", form)).as("fields without a label").asList().isEmpty();
        assertThat(browser.executeScript("return [...arguments[0].querySelectorAll('button')]"
                + ".filter(b => b.type !== 'button').map(b => b.outerHTML)", form)).as("buttons that would submit").asList().isEmpty();
        screenshot("tu-danh-gia-1-mo-bieu-mau");

        type(form.findElement(By.id("dx-CQS-1-percent")), "85,5");
        type(form.findElement(By.id("dx-CQS-1-note")), "Theo báo cáo của bộ phận một cửa quý III/2027");
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "saved"), "Đã lưu lúc 09:00"));
        wait.until(driver -> criterion(form, "CQS-1").getText().contains("— Đạt"));
        assertThat(role(form, "level").getText()).contains("Chưa đạt mức nào", "1 tiêu chí chưa đạt");
        type(form.findElement(By.id("dx-CQS-7-count")), "2");
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "level"), "Mức đạt được theo số liệu đã lưu: Mức 1 - Khởi động. Đạt mức đăng ký."));
        screenshot("tu-danh-gia-2-dat-muc-dang-ky");

        // A program renamed to .pdf: the server sniffs the content and refuses it in Vietnamese.
        upload(form, "CQS-1", file("chuong-trinh.pdf", EvidenceSamples.windowsExecutable()));
        WebElement refusal = wait.until(driver -> criterion(form, "CQS-1").findElement(By.cssSelector(".dx-upload .text-danger")));
        assertThat(refusal.getText()).startsWith("Không chấp nhận tệp chương trình thực thi hoặc mã lệnh (\"chuong-trinh.pdf\"");
        assertThat(criterion(form, "CQS-1").findElement(By.xpath(".//button[.='Thử lại']")).isDisplayed()).isTrue();
        screenshot("tu-danh-gia-3-tu-choi-tep");

        String accepted = "Báo cáo bộ phận một cửa " + RUN + ".pdf";
        upload(form, "CQS-1", file(accepted, EvidenceSamples.pdf("Báo cáo một cửa")));
        wait.until(driver -> criterion(form, "CQS-1").findElement(By.cssSelector(".dx-evidence")).getText().contains(accepted));
        screenshot("tu-danh-gia-4-da-tai-minh-chung");

        String wrong = "Nhầm tiêu chí " + RUN + ".pdf";
        upload(form, "CQS-3", file(wrong, EvidenceSamples.pdf("Nhầm")));
        WebElement remove = wait.until(driver -> criterion(form, "CQS-3").findElement(By.xpath(".//button[@aria-label='Xóa " + wrong + "']")));
        click(remove);
        wait.until(driver -> criterion(form, "CQS-3").findElement(By.cssSelector(".dx-evidence")).getText().isEmpty());
        assertThat(evidence.list("02989", 2027, "CQS-3")).isEmpty();

        cancelledUpload(form);

        WebElement verdict = form.findElement(By.cssSelector("[data-dx=reports] [role=status]"));
        click(button(form, "Tải Mẫu 01 (PDF)"));
        wait.until(ExpectedConditions.textToBePresentInElement(verdict, "Đã tải về Mau-01.pdf"));
        click(button(form, "Ký số thử nghiệm"));
        wait.until(ExpectedConditions.textToBePresentInElement(verdict, "Đã tải về Mau-01-da-ky.pdf"));
        // Headless Chromium keeps downloads to itself: the signed PDF the officer got is asked for again.
        Path signed = file("Mẫu 01 đã ký " + RUN + ".pdf", rest.withBasicAuth("officer02989", "demo").postForEntity(
                "/api/reports/" + assessment + "/mau-01/demo-sign", HttpEntity.EMPTY, byte[].class).getBody());
        form.findElement(By.id("dx-mau01-file")).sendKeys(signed.toString());
        clicks++; // choosing the file in the dialog
        wait.until(driver -> !verdict.getText().startsWith("Đang kiểm tra"));
        // Demo signing is PAdES B-LT: its CRL travels in the document, so it verifies offline as valid.
        assertThat(verdict.getText()).matches("Chữ ký số hợp lệ\\. .+");
        screenshot("tu-danh-gia-6-mau-01-da-ky");

        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", role(form, "missing"));
        assertThat(role(form, "summary-counts").getText())
                .isEqualTo("Tổng số tài liệu minh chứng: 1. Tiêu chí đã nhập số liệu: 14/14 tiêu chí cần nhập.");
        assertThat(role(form, "summary-table").getText()).contains("CQS-1 Có số liệu Có 1", "CQS-7 Có số liệu 0");
        assertThat(role(form, "missing").getText()).isEqualTo("Mọi tiêu chí cần nhập đều đã có số liệu hoặc giải trình.");
        screenshot("tu-danh-gia-7-tom-tat");

        complete();
        WebElement error = role(form, "error");
        wait.until(ExpectedConditions.visibilityOf(error));
        assertThat(error.getText()).isEqualTo("Vui lòng đánh dấu xác nhận nộp hồ sơ: sau khi nộp, tài liệu minh chứng sẽ được khóa.");
        assertThat(tasks.createTaskQuery().taskId(selfAssess.getId()).count()).as("nothing submitted").isEqualTo(1);
        screenshot("tu-danh-gia-8-chua-xac-nhan");

        click(form.findElement(By.id("submissionConfirmed")));
        complete();
        wait.until(driver -> tasks.createTaskQuery().taskId(selfAssess.getId()).count() == 0);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Self-assessment in the browser: %d clicks, %d typing actions, %.1f s (with a refused, an accepted, a deleted"
                + " and a cancelled upload, Mẫu 01 downloaded, demo-signed and uploaded)%n", clicks, typings, seconds);
        AsyncSteps.run(management, assessment);

        assertThat(task(APPRAISE)).isNotNull();
        CriterionValue cqs1 = values.load(assessment, AssessmentValues.Source.SELF_ASSESSED).get("CQS-1");
        assertThat(cqs1.percent()).isEqualByComparingTo("85.5");
        assertThat(cqs1.note()).isEqualTo("Theo báo cáo của bộ phận một cửa quý III/2027");
        assertThat(values.load(assessment, AssessmentValues.Source.SELF_ASSESSED).get("CQS-7").count()).isEqualTo(2);
        assertThat(evidence.list("02989", 2027, "CQS-1")).extracting(EvidenceDocument::fileName).containsExactly(accepted);
        assertThat(evidence.isFrozen("02989", 2027)).isTrue();
        assertThat(runtime.getVariable(assessment, "signedReport_MAU_01")).asString().contains("sha256:");
    }

    @Test
    void theOfficerSupplementsWhatTheCouncilAsked() throws IOException {
        assessment = registered("02950");
        clockAt("2027-11-20T10:00");
        completeAs("officer02950", SELF_ASSESS, Map.of("submissionConfirmed", true));
        clockAt("2027-12-02T10:00");
        values.save(assessment, AssessmentValues.Source.APPRAISED, Map.of("CQS-2", new CriterionValue(
                new BigDecimal("20.5"), null, null, null, "Chưa có biên bản họp triển khai")), "appraisal087");
        completeAs("appraisal087", APPRAISE, Map.of("appraisalDecision", "SUPPLEMENT",
                "supplementRequest", "Bổ sung biên bản họp triển khai chuyển đổi số của xã", "supplementDays", 3L));
        Task supplement = task(SUPPLEMENT);

        logIn("officer02950");
        WebElement form = claim(supplement.getId());
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "deadline"), "hết ngày 05/12/2027 — Còn 3 ngày 14 giờ"));
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "request"), "Bổ sung biên bản họp triển khai chuyển đổi số của xã"));
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "level"), "Chưa đạt mức nào"));
        // The council's finding and remark, beside the criterion the unit supplements.
        assertThat(form.findElement(By.cssSelector("[data-dx-council=CQS-2]")).getText())
                .isEqualTo("Hội đồng thẩm định ghi nhận: 20,5 %. Ý kiến: Chưa có biên bản họp triển khai");
        assertThat(form.findElements(By.cssSelector("[data-dx-council=CQS-1]"))).as("nothing said, nothing shown").isEmpty();
        screenshot("bo-sung-1-yeu-cau");

        type(form.findElement(By.id("dx-CQS-2-percent")), "35");
        type(form.findElement(By.id("dx-CQS-2-note")), "Số liệu theo Cổng dịch vụ công tháng 11/2027");
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "saved"), "Đã lưu lúc 10:00"));
        String minutes = "Biên bản họp " + RUN + ".pdf";
        upload(form, "CQS-2", file(minutes, EvidenceSamples.pdf("Biên bản họp")));
        wait.until(driver -> criterion(form, "CQS-2").findElement(By.cssSelector(".dx-evidence")).getText().contains(minutes));
        assertThat(role(form, "missing").getText()).startsWith("13 tiêu chí chưa có số liệu và chưa giải trình (sẽ được tính"
                + " là \"Chưa có số liệu\" – không đạt): CQS-1, CQS-3,");
        screenshot("bo-sung-2-da-them-minh-chung");

        complete();
        WebElement error = role(form, "error");
        wait.until(ExpectedConditions.visibilityOf(error));
        assertThat(error.getText()).isEqualTo("Vui lòng ghi rõ nội dung đã bổ sung hồ sơ.");
        screenshot("bo-sung-3-thieu-noi-dung");

        type(form.findElement(By.id("supplementNote")), "Đã bổ sung biên bản họp và số liệu tiêu chí CQS-2");
        complete();
        wait.until(driver -> tasks.createTaskQuery().taskId(supplement.getId()).count() == 0);
        AsyncSteps.run(management, assessment);

        assertThat(task(APPRAISE)).isNotNull();
        assertThat(runtime.getVariable(assessment, "supplementNote")).isEqualTo("Đã bổ sung biên bản họp và số liệu tiêu chí CQS-2");
        assertThat(runtime.getVariable(assessment, "supplementRequest")).isEqualTo("Bổ sung biên bản họp triển khai chuyển đổi số của xã");
        assertThat(values.load(assessment, AssessmentValues.Source.SELF_ASSESSED).get("CQS-2").percent()).isEqualByComparingTo("35");
        assertThat(evidence.list("02950", 2027, "CQS-2")).extracting(EvidenceDocument::fileName).containsExactly(minutes);
        assertThat(evidence.isFrozen("02950", 2027)).as("frozen again after the supplement").isTrue();
    }

    /** A large upload throttled by the browser's network emulation, cancelled while it runs. */
    private void cancelledUpload(WebElement form) throws IOException {
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", 256 * 1024));
        try {
            byte[] big = Arrays.copyOf(EvidenceSamples.pdf("Ảnh chụp lớn"), 20 * 1024 * 1024);
            upload(form, "CQS-7", file("Danh sách nhân sự " + RUN + ".pdf", big));
            WebElement row = wait.until(driver -> criterion(form, "CQS-7").findElement(By.cssSelector(".dx-upload-row")));
            wait.until(driver -> row.findElement(By.cssSelector("[role=status]")).getText().matches("Đang tải lên .*: \\d+%"));
            screenshot("tu-danh-gia-5a-dang-tai-len");
            click(row.findElement(By.xpath(".//button[.='Hủy']")));
            wait.until(ExpectedConditions.textToBePresentInElement(row, "Đã hủy tải lên Danh sách nhân sự " + RUN + ".pdf."));
            screenshot("tu-danh-gia-5b-da-huy");
        } finally {
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false, "latency", 0,
                    "downloadThroughput", -1, "uploadThroughput", -1));
        }
        assertThat(evidence.list("02989", 2027, "CQS-7")).isEmpty();
    }

    /** An assessment of the unit, registered for level 1 on 10/01/2027, waiting for its self-assessment. */
    private String registered(String unitCode) {
        clockAt("2027-01-10T08:00");
        start("forms/self-assess.html", CAMPAIGN, unitCode);
        completeAs("officer" + unitCode, REGISTER, Map.of(UnitAssessmentProcess.Variables.TARGET_LEVEL, 1L));
        return assessment;
    }

    /** Values meeting level 1 for the criteria it asks a percentage of, but the given ones. */
    private Map<String, CriterionValue> levelOneExcept(String... left) {
        Map<String, CriterionValue> meeting = new HashMap<>();
        catalogs.get(CATALOG).criteria().stream().filter(c -> !List.of(left).contains(c.code())).forEach(c -> {
            if (c.levels().get(1) instanceof Threshold.PercentMin p) {
                meeting.put(c.code(), new CriterionValue(p.min(), null, null, null));
            }
        });
        return meeting;
    }

    private void logIn(String user) {
        tasklist.login(user);
        clicks++;
        typings += 2;
    }

    private WebElement claim(String taskId) {
        clicks += 2; // the task in the list, then "Nhận việc"
        return tasklist.open(taskId);
    }

    private WebElement button(WebElement form, String text) {
        return form.findElement(By.xpath(".//button[normalize-space(.)='" + text + "']"));
    }
}
