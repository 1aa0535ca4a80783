package vn.dxflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * The administration page in a real browser (Debian's headless Chromium): an administrator logs in through
 * Tasklist, opens the editor, renames a task in the properties panel, deploys, and sees the new version listed;
 * then loads a Camunda Modeler file and sees why it cannot be deployed.
 * A screenshot of the editor is left in target/admin-page.png.
 */
@DxflowSpringTest
class AdminPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String NEW_NAME = "Tự đánh giá, ký số và nộp hồ sơ (trình duyệt)";

    @LocalServerPort
    private int port;
    @Autowired
    private RepositoryService repository;

    private WebDriver browser;
    private WebDriverWait wait;

    @TempDir
    private Path profile;

    @BeforeEach
    void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        Assumptions.assumeTrue(installed || "true".equals(System.getenv("CI")),
                "Browser test skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing "
                        + "(apt-get install chromium chromium-driver); in CI (CI=true) it runs and fails instead.");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // Flags for this machine's closed network (see the java-maven machine notes) and a fresh profile.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile.resolve("chromium"), "--window-size=1600,1100", "--lang=vi");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowserAndRestoreModel() throws IOException {
        if (browser != null) {
            // The page as the test left it: the first thing to look at when the test fails.
            Files.write(Path.of("target/admin-page-last.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            browser.quit();
            repository.createDeployment().name("restore").addString("UnitAssessment.bpmn",
                    AdminApi.bundled(UnitAssessmentProcess.KEY)).deploy();
        }
    }

    @Test
    void anAdministratorRenamesATaskDeploysSeesTheNewVersionAndUploadsAModelerFile() throws Exception {
        String base = "http://localhost:" + port;
        browser.get(base + "/admin/");
        // Not logged in: the page sends the visitor to the Tasklist login.
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
        user.sendKeys("admin");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo", Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));

        browser.get(base + "/admin/");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user"), "admin"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#process option[value=UnitAssessment]")))
                .findElement(By.xpath(".."))).selectByValue(UnitAssessmentProcess.KEY);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "của UnitAssessment"));
        WebElement shape = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("g.djs-element[data-element-id=" + UnitAssessmentProcess.Elements.SELF_ASSESS + "]")));
        // A sequence flow crosses the task's centre and reminder timers sit on its lower edge: click its top left corner.
        new Actions(browser).moveToElement(shape, -shape.getRect().getWidth() / 2 + 3, -shape.getRect().getHeight() / 2 + 3)
                .click().perform();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".bio-properties-panel-header"),
                "Tự đánh giá"));
        By general = By.cssSelector("[data-group-id=group-general] .bio-properties-panel-group-header");
        if (browser.findElements(By.id("bio-properties-panel-name")).stream().noneMatch(WebElement::isDisplayed)) {
            browser.findElement(general).click();
        }
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bio-properties-panel-name")));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), NEW_NAME);
        wait.until(d -> d.findElement(By.cssSelector("g.djs-element[data-element-id=UserTask_SelfAssess]")).getText()
                .replaceAll("\\s+", " ").contains("ký số"));
        int before = latestVersion();
        Files.write(Path.of("target/admin-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.id("deploy")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Đã triển khai UnitAssessment phiên bản " + (before + 1)));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#versions tbody tr:first-child td:first-child"),
                String.valueOf(before + 1)));
        assertThat(browser.findElement(By.cssSelector("#versions tbody tr:first-child")).getText()).contains("admin");
        ProcessDefinition latest = repository.createProcessDefinitionQuery()
                .processDefinitionKey(UnitAssessmentProcess.KEY).latestVersion().singleResult();
        assertThat(latest.getVersion()).isEqualTo(before + 1);
        UserTask renamed = repository.getBpmnModelInstance(latest.getId())
                .getModelElementById(UnitAssessmentProcess.Elements.SELF_ASSESS);
        assertThat(renamed.getName()).isEqualTo(NEW_NAME);
        Files.write(Path.of("target/admin-page-deployed.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        // A file saved by Camunda Modeler, with a task nobody could pick up: the page shows what to fix.
        Path file = profile.resolve("UnitAssessment.bpmn");
        Files.writeString(file, AdminApi.bundled(UnitAssessmentProcess.KEY)
                .replace(" camunda:candidateGroups=\"${appraisalGroup}\"", ""));
        browser.findElement(By.id("upload")).sendKeys(file.toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Đã mở tệp UnitAssessment.bpmn"));
        browser.findElement(By.id("validate")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"),
                "Công việc 'Thẩm định hồ sơ' (UserTask_Appraise) chưa có nhóm thực hiện"));
    }

    private int latestVersion() {
        return repository.createProcessDefinitionQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .latestVersion().singleResult().getVersion();
    }
}
