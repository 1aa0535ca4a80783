package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.TestUploads;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * A commune follows its dossier without asking anyone: from its task form a link opens "Hồ sơ của đơn vị" with
 * the dossier's code, the receipt of its submission (the sealed documents and their SHA-256), every step with who
 * and when, the values per criterion beside the council's, and the result. Nobody else's unit opens it.
 */
@DxflowSpringTest
class DossierPageBrowserTest extends TaskFormBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;

    @AfterEach
    void resetClock() {
        cycle.reset();
    }

    @Test
    void theUnitFollowsItsDossierFromItsFormToTheDecision() throws Exception {
        cycle.clockAt("2026-11-20T08:00");
        // From the newest model with the forms: other tests deploy versions of their own.
        start("forms/self-assess.html", "10-2026", "02947");
        String id = assessment;
        String catalogId = (String) cycle.variable(id, UnitAssessmentProcess.Variables.CATALOG_ID);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        var stored = rest.withBasicAuth("officer02947", "demo").postForEntity("/api/evidence?unit=02947&year=2026"
                + "&criterion={criterion}&name=anh-chup.png", new HttpEntity<>(TestUploads.png(), headers), String.class,
                firstCriterion(catalogId));
        assertThat(stored.getStatusCode().value()).isEqualTo(201);
        String sha256 = JSON.readTree(stored.getBody()).get("sha256").asText();

        // The form links to the dossier page.
        tasklist.login("officer02947");
        WebElement form = tasklist.open(cycle.task(id, UnitAssessmentProcess.Elements.SELF_ASSESS).getId());
        WebElement follow = wait.until(driver -> form.findElement(By.cssSelector(".dx-follow a")));
        assertThat(follow.getAttribute("href")).endsWith("/ho-so/?id=" + id);

        cycle.selfAssess(id, "officer02947", catalogId, 1);
        cycle.appraise(id, "appraisal087", catalogId, 1);
        cycle.complete(id, UnitAssessmentProcess.Elements.RECOGNIZE, "chairman087", Map.of(
                UnitAssessmentProcess.Variables.RECOGNITION_DECISION, UnitAssessmentProcess.Values.RECOGNIZED,
                UnitAssessmentProcess.Variables.RECOGNIZED_LEVEL, 1L));

        browser.get(follow.getAttribute("href"));
        WebElement page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-dx=timeline]")));
        String text = browser.findElement(By.tagName("main")).getText();
        assertThat(text).contains("Thị trấn Phố Ràng (02947) · năm 2026", "Mã hồ sơ", "10-2026-02947",
                "Được công nhận mức 1", "Biên nhận hồ sơ", "gồm 1 tài liệu minh chứng được khóa", "anh-chup.png", sha256,
                "Tiến trình xử lý", cycle.stepName(id, UnitAssessmentProcess.Elements.SELF_ASSESS),
                cycle.stepName(id, UnitAssessmentProcess.Elements.APPRAISE), cycle.stepName(id, UnitAssessmentProcess.Elements.RECOGNIZE),
                "Kết quả theo tiêu chí", "Báo cáo và quyết định").doesNotContain("Mẫu 01 đã lưu", "Đã nhắc");
        assertThat(page.getText()).contains("20/11/2026 08:00", "Cán bộ UBND Thị trấn Phố Ràng", "Hội đồng thẩm định");
        screenshot("7-ho-so-cua-don-vi");

        // The result was told to the unit, with the way to its dossier.
        JsonNode told = JSON.readTree(rest.withBasicAuth("chairman02947", "demo").getForObject("/api/notifications", String.class));
        assertThat(told.get("items").toString()).contains(
                "Kết quả đánh giá: Thị trấn Phố Ràng (02947) · năm 2026 – được công nhận mức 1", "/ho-so/?id=" + id);

        // The API behind it: the unit's own and those above it; not a neighbour, not anonymous, not a made-up id.
        JsonNode view = JSON.readTree(rest.withBasicAuth("chairman087", "demo").getForObject("/api/dossiers/" + id, String.class));
        assertThat(view.get("outcome").asText()).isEqualTo("RECOGNIZED");
        assertThat(view.get("receipt").get("documents").get(0).get("sha256").asText()).isEqualTo(sha256);
        assertThat(rest.withBasicAuth("officer02992", "demo").getForEntity("/api/dossiers/" + id, String.class)
                .getStatusCode().value()).isEqualTo(403);
        assertThat(rest.getForEntity("/api/dossiers/" + id, String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(rest.withBasicAuth("officer02947", "demo").getForEntity("/api/dossiers/khong-co", String.class)
                .getStatusCode().value()).isEqualTo(404);
    }

    private String firstCriterion(String catalogId) {
        JsonNode catalog;
        try {
            catalog = JSON.readTree(rest.withBasicAuth("officer02947", "demo").getForObject("/api/catalogs/" + catalogId, String.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return catalog.get("groups").get(0).get("criteria").get(0).get("code").asText();
    }

    @Override
    Path screenshots() {
        return TasklistBrowserTest.SCREENSHOTS;
    }
}
