package vn.dxflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dxflow.PostgresConfigured;
import vn.dxflow.tasklist.HeadlessChromium;
import vn.dxflow.tasklist.TasklistPage;

/**
 * The production path as README describes it: the packaged jar on PostgreSQL with the shared CMIS server of the
 * same jar, both as processes. An official logs into Tasklist in Chromium and opens the self-assessment form, whose
 * Vietnamese fields must load from the deployment (in the jar the models and forms once deployed under
 * {@code BOOT-INF/classes/...}, so no form could be found).
 */
@ExtendWith(PostgresConfigured.class)
class PackagedJarIT {

    /** Xã Bảo Yên (02947) of the new Tỉnh Lào Cai, in the default demo campaign. */
    private static final String OFFICER = "officer02947";

    @TempDir
    Path folder;
    private FreshDatabase database;
    private DxflowJar cmis;
    private DxflowJar node;
    private ChromeDriver browser;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, Path.of("target/screenshots/production"), "self-assessment");
            browser.quit();
        }
        if (node != null) {
            node.close();
        }
        if (cmis != null) {
            cmis.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void officialOpensTheSelfAssessmentFormOfThePackagedJarOnPostgres() throws Exception {
        HeadlessChromium.require();
        database = new FreshDatabase("jar");
        cmis = DxflowJar.cmisServer(folder.resolve("cmis"), "cmis-secret").start().awaitReady(Duration.ofMinutes(3));
        node = DxflowJar.node("node", folder.resolve("node"), "--spring.profiles.active=postgres")
                .env("DXFLOW_DB_URL", database.url())
                .env("DXFLOW_DB_USER", FreshDatabase.user())
                .env("DXFLOW_DB_PASSWORD", FreshDatabase.password())
                .env("DXFLOW_ADMIN_PASSWORD", "admin-secret")
                .env("DXFLOW_DEMO_USERS", "true")
                .env("DXFLOW_DEMO_CAMPAIGNS", "laocai-two-tier")
                .env("DXFLOW_CMIS_URL", cmis.url("/cmis/browser"))
                .env("DXFLOW_CMIS_PASSWORD", "cmis-secret")
                .start().awaitReady(Duration.ofMinutes(5));
        String taskId = node.awaitSelfAssessment(OFFICER);

        browser = HeadlessChromium.start();
        TasklistPage tasklist = new TasklistPage(browser, new WebDriverWait(browser, Duration.ofSeconds(90)),
                node.port(), user -> { });
        tasklist.login(OFFICER);
        WebElement form = tasklist.open(taskId);

        assertThat(form.findElement(By.tagName("h3")).getText()).isEqualTo("Tự đánh giá và nộp hồ sơ");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver ->
                !form.findElements(By.cssSelector("[data-dx-criterion]")).isEmpty());
        assertThat(form.findElement(By.cssSelector("[data-dx='unit']")).getText()).contains("Xã Bảo Yên");
        // The demo's dates count from its first start: the dossier is due 30 days after today, not overdue.
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30)
                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(form.getText()).contains("hết ngày " + due);
        assertThat(form.findElements(By.cssSelector("[data-dx-criterion]"))).hasSizeGreaterThan(10);
        assertThat(form.getText()).contains("Giải trình", "Hạn nộp");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("BOOT-INF");
    }
}
