package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.AsyncSteps;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.cycle.AssessmentValues;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.evidence.EvidenceDocument;
import vn.dxflow.evidence.EvidenceSamples;
import vn.dxflow.evidence.EvidenceStore;

/**
 * One commune's whole year in Tasklist, every step by its official in the embedded forms of a real headless
 * Chromium: the officer of Xã Lương Sơn registers, self-assesses every criterion, uploads evidence (one file
 * refused with the Vietnamese message, one accepted) and submits after the deadline; the district's receiving
 * office accepts the late dossier; the appraisal council asks for a supplement, the officer supplies it, the council
 * completes; the province's steering committee gives its opinion, the province verifies, the district recognizes.
 * The officer of the neighbouring Xã Yên Sơn sees none of it. Campaign 10-2027 has every stage on.
 */
@DxflowSpringTest
class CompleteCycleBrowserTest extends TaskFormBrowserTest {

    private static final String CAMPAIGN = "10-2027";
    private static final String COMMUNE = "02992";
    private static final String NEIGHBOUR = "02986";
    private static final String CATALOG = "kontum-2025-commune";
    /** File names differ per run: the evidence repository under target/test-data outlives the JVM. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 4);

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private AssessmentValues values;
    @Autowired
    private EvidenceStore evidence;

    @Override
    Path screenshots() {
        return Path.of("target/screenshots/cycle");
    }

    @Test
    void aCommuneGoesThroughTheWholeYearInTasklistAndItsNeighbourSeesNothing() throws IOException {
        clockAt("2027-01-10T08:00");
        start("forms/recognize.html", CAMPAIGN, COMMUNE);
        String officer = "officer" + COMMUNE;

        // Registration: level 1 of the catalog's levels.
        WebElement form = claimAndOpen(officer, task(REGISTER).getId());
        wait.until(driver -> !form.findElements(By.cssSelector("input[name=level]")).isEmpty());
        assertKeyboardOnly(form);
        click(form.findElement(By.cssSelector("input[name=level][value='1']")));
        screenshot("1-dang-ky");
        complete();
        next(SELF_ASSESS);
        assertThat(runtime.getVariable(assessment, UnitAssessmentProcess.Variables.TARGET_LEVEL)).isEqualTo(1L);

        // Self-assessment, submitted on 01/12/2027 while the deadline was the whole of 30/11/2027.
        clockAt("2027-12-01T09:00");
        int clicksBefore = clicks;
        int typingsBefore = typings;
        long started = System.nanoTime();
        WebElement dossier = claimAndOpen(officer, task(SELF_ASSESS).getId());
        wait.until(ExpectedConditions.textToBePresentInElement(role(dossier, "deadline"), "Đã quá hạn"));
        Map<String, CriterionValue> meeting = cycle.valuesMeeting(CATALOG, 1);
        meeting.forEach((code, value) -> enter(dossier, code, value));
        wait.until(ExpectedConditions.textToBePresentInElement(role(dossier, "level"), "Đạt mức đăng ký"));
        assertKeyboardOnly(dossier);
        screenshot("2-tu-danh-gia");

        upload(dossier, "CQS-1", file("chuong-trinh.pdf", EvidenceSamples.windowsExecutable()));
        WebElement refusal = wait.until(driver -> criterion(dossier, "CQS-1").findElement(By.cssSelector(".dx-upload .text-danger")));
        assertThat(refusal.getText()).startsWith("Không chấp nhận tệp chương trình thực thi hoặc mã lệnh");
        String report = "Báo cáo một cửa " + RUN + ".pdf";
        upload(dossier, "CQS-1", file(report, EvidenceSamples.pdf("Báo cáo bộ phận một cửa")));
        wait.until(driver -> criterion(dossier, "CQS-1").findElement(By.cssSelector(".dx-evidence")).getText().contains(report));
        screenshot("3-minh-chung");

        click(dossier.findElement(By.id("submissionConfirmed")));
        complete();
        Task late = next(DECIDE_LATE_DOSSIER);
        System.out.printf("Complete self-assessment in the browser (%d criteria, one refused and one accepted upload): "
                        + "%d clicks, %d typed fields, %.1f s%n", meeting.size(), clicks - clicksBefore,
                typings - typingsBefore, (System.nanoTime() - started) / 1e9);

        // The neighbour's officer: nothing in his list, no form, no data of Xã Lương Sơn.
        String document = evidence.list(COMMUNE, 2027, "CQS-1").get(0).id();
        neighbourSeesNothing(late.getId(), document);

        // The district's receiving office accepts the late dossier.
        WebElement decision = claimAndOpen("receiving087", late.getId());
        wait.until(ExpectedConditions.textToBePresentInElement(role(decision, "lateness"), "Muộn"));
        assertKeyboardOnly(decision);
        click(decision.findElement(By.cssSelector("input[name=decision][value=ACCEPT]")));
        type(decision.findElement(By.id("lateDossierReason")), "Nộp muộn một ngày do mất điện; hồ sơ đầy đủ");
        screenshot("4-tiep-nhan-ho-so-muon");
        complete();

        // The council keeps the unit's values, asks for one more document within 5 days.
        WebElement appraisal = claimAndOpen("appraisal087", next(APPRAISE).getId());
        saveAppraisal(appraisal);
        assertKeyboardOnly(appraisal);
        click(appraisal.findElement(By.cssSelector("input[name=decision][value=SUPPLEMENT]")));
        type(appraisal.findElement(By.id("dx-supplement-request")), "Bổ sung biên bản họp triển khai chuyển đổi số của xã");
        new Select(appraisal.findElement(By.id("dx-supplement-days"))).selectByValue("5");
        screenshot("5-yeu-cau-bo-sung");
        complete();

        // The officer supplies the minutes.
        WebElement supplement = claimAndOpen(officer, next(SUPPLEMENT).getId());
        wait.until(ExpectedConditions.textToBePresentInElement(role(supplement, "request"), "Bổ sung biên bản họp"));
        wait.until(ExpectedConditions.textToBePresentInElement(role(supplement, "level"), "Đạt mức đăng ký"));
        assertKeyboardOnly(supplement);
        // What was submitted stays: shown as submitted, without a delete button.
        WebElement submitted = criterion(supplement, "CQS-1");
        wait.until(driver -> submitted.getText().contains(report + " (") && submitted.getText().contains("Đã nộp ngày 01/12/2027"));
        assertThat(submitted.findElements(By.xpath(".//button[normalize-space(.)='Xóa']"))).isEmpty();
        String minutes = "Biên bản họp " + RUN + ".pdf";
        upload(supplement, "CQS-2", file(minutes, EvidenceSamples.pdf("Biên bản họp triển khai")));
        wait.until(driver -> criterion(supplement, "CQS-2").findElement(By.cssSelector(".dx-evidence")).getText().contains(minutes));
        type(supplement.findElement(By.id("supplementNote")), "Đã bổ sung biên bản họp ngày 20/11/2027");
        screenshot("6-bo-sung");
        complete();

        // The council completes the appraisal.
        WebElement second = claimAndOpen("appraisal087", next(APPRAISE).getId());
        saveAppraisal(second);
        click(second.findElement(By.cssSelector("input[name=decision][value=COMPLETE]")));
        screenshot("7-hoan-thanh-tham-dinh");
        complete();

        // The province's steering-committee member gives his opinion (Mẫu 03), the province verifies (Mẫu 04).
        WebElement opinion = claimAndOpen("steering10", next(GIVE_OPINION).getId());
        assertKeyboardOnly(loaded(opinion));
        click(opinion.findElement(By.cssSelector("input[name=opinion][value=DAT_YEU_CAU]")));
        type(opinion.findElement(By.id("opinionRemark")), "Hồ sơ đầy đủ, đúng quy định");
        screenshot("8-y-kien");
        complete();
        // The department confirms the appraised values as they are (the form starts from them) and concludes.
        WebElement verification = claimAndOpen("department10", next(VERIFY).getId());
        wait.until(driver -> role(verification, "summary-appraised").getText().startsWith("Mức đạt được: Mức 1 - Khởi động"));
        assertKeyboardOnly(verification);
        click(verification.findElement(By.cssSelector("input[name=verification][value=DAT]")));
        screenshot("9-tham-tra");
        complete();

        // The district's chairman recognizes level 1.
        WebElement recognition = claimAndOpen("chairman087", next(RECOGNIZE).getId());
        assertKeyboardOnly(loaded(recognition));
        wait.until(ExpectedConditions.textToBePresentInElement(role(recognition, "opinions"), "ĐẠT YÊU CẦU – Hồ sơ đầy đủ, đúng quy định"));
        assertThat(role(recognition, "opinions").getText()).doesNotContain("steering10:");
        click(recognition.findElement(By.cssSelector("input[name=decision][value=RECOGNIZED]")));
        WebElement level = recognition.findElement(By.id("recognizedLevel"));
        level.clear();
        type(level, "1");
        type(recognition.findElement(By.id("recognitionReason")), "Đạt mức 1 theo kết quả thẩm định");
        screenshot("10-cong-nhan");
        complete();
        wait.until(driver -> {
            AsyncSteps.run(management, assessment);
            return history.createHistoricProcessInstanceQuery().processInstanceId(assessment).finished().count() == 1;
        });

        assertThat(outcome(UnitAssessmentProcess.Variables.OUTCOME)).isEqualTo("RECOGNIZED");
        assertThat(outcome(UnitAssessmentProcess.Variables.RECOGNIZED_LEVEL)).isEqualTo(1L);
        assertThat(outcome(UnitAssessmentProcess.Variables.LATE_DOSSIER_REASON)).isEqualTo("Nộp muộn một ngày do mất điện; hồ sơ đầy đủ");
        assertThat(evidence.list(COMMUNE, 2027, null)).extracting(EvidenceDocument::fileName).contains(report, minutes)
                .doesNotContain("chuong-trinh.pdf");
        assertThat(values.load(assessment, AssessmentValues.Source.SELF_ASSESSED)).hasSameSizeAs(meeting);
        assertThat(values.load(assessment, AssessmentValues.Source.APPRAISED)).hasSameSizeAs(meeting);

        neighbourSeesNothing(null, document);
    }

    /** Types (or chooses) a value in the criterion's inputs of the dossier form, as its threshold kind asks. */
    private void enter(WebElement form, String code, CriterionValue value) {
        if (value.yes() != null) {
            new Select(form.findElement(By.id("dx-" + code + "-yes"))).selectByValue(value.yes().toString());
            clicks += 2;
        }
        if (value.percent() != null) {
            type(form.findElement(By.id("dx-" + code + "-percent")), value.percent().toPlainString().replace('.', ','));
        }
        if (value.count() != null) {
            type(form.findElement(By.id("dx-" + code + "-count")), value.count().toString());
        }
    }

    /** A decision form once it shows the appraisal's result. */
    private WebElement loaded(WebElement form) {
        wait.until(driver -> !role(form, "result").getText().equals("…"));
        return form;
    }

    /** Saves the appraised values (prefilled from the unit's) and waits for the confirmation. */
    private void saveAppraisal(WebElement form) {
        wait.until(driver -> !form.findElements(By.cssSelector("tr[data-criterion]")).isEmpty());
        click(form.findElement(By.cssSelector("[data-dx=save]")));
        wait.until(ExpectedConditions.textToBePresentInElement(role(form, "status"), "Đã lưu"));
    }

    /**
     * The neighbour's officer logs in: his task list shows nothing of Xã Lương Sơn, the task (when given) opens no
     * form, and DXFlow's API refuses him the assessment, its evidence and its reports.
     */
    private void neighbourSeesNothing(String taskId, String documentId) throws IOException {
        tasklist.login("officer" + NEIGHBOUR);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks]")));
        assertThat(browser.findElement(By.cssSelector("[cam-tasks]")).getText()).doesNotContain("Lương Sơn");
        if (taskId != null) {
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-task], .no-task, .alert")));
            assertThat(browser.findElements(By.cssSelector("form.dxflow-form"))).isEmpty();
            assertThat(browser.findElements(By.cssSelector("[cam-tasklist-task] button.claim"))).isEmpty();
        }
        screenshot(taskId == null ? "12-xa-khac-sau-cong-nhan" : "11-xa-khac-khong-thay");
        assertThat(status("/api/assessments/" + assessment)).isEqualTo(403);
        assertThat(status("/api/assessments/" + assessment + "/opinions")).isEqualTo(403);
        assertThat(status("/api/evidence/" + documentId + "/content")).isEqualTo(403);
        assertThat(status("/api/evidence?unit=" + COMMUNE + "&year=2027")).isEqualTo(403);
        assertThat(status("/api/reports/" + assessment + "/mau-01")).isEqualTo(403);
        assertThat(status("/camunda/api/engine/engine/default/task?processInstanceId=" + assessment)).isIn(200L, 403L);
        if (status("/camunda/api/engine/engine/default/task?processInstanceId=" + assessment) == 200) {
            assertThat(fetchText("/camunda/api/engine/engine/default/task?processInstanceId=" + assessment)).isEqualTo("[]");
        }
    }

    /** Waits for the assessment's next task (running the asynchronous steps the engine's job executor would). */
    private Task next(String activityId) {
        return wait.until(driver -> {
            AsyncSteps.run(management, assessment);
            return tasks.createTaskQuery().processInstanceId(assessment).taskDefinitionKey(activityId).singleResult();
        });
    }

    private Object outcome(String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(assessment).variableName(name)
                .singleResult().getValue();
    }

    private long status(String path) {
        return (Long) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));", path);
    }

    private String fetchText(String path) {
        return (String) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done, () => done(''));", path);
    }

}
