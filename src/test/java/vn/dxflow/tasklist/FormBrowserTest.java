package vn.dxflow.tasklist;

import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * What the Tasklist browser tests share: a headless Chromium at 1366×768 for each test, one assessment that is
 * removed afterwards, and the steps around the embedded forms (login, claim, click, Tasklist's submit button).
 */
abstract class FormBrowserTest {

    @LocalServerPort
    protected int port;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected IdentityService identity;
    @Autowired
    protected RepositoryService repository;

    protected ChromeDriver browser;
    protected WebDriverWait wait;
    /** The test's process instance, deleted after the test when it still runs. */
    protected String assessment;

    @BeforeEach
    void startBrowser() throws IOException {
        HeadlessChromium.require();
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        ClockUtil.reset();
        identity.clearAuthentication();
        if (browser != null) {
            browser.quit();
        }
        if (assessment != null && runtime.createProcessInstanceQuery().processInstanceId(assessment).count() > 0) {
            runtime.deleteProcessInstance(assessment, getClass().getSimpleName() + " done", true, true);
        }
    }

    /**
     * The newest UnitAssessment deployed with the given form: other tests of this JVM deploy bare model versions
     * (straight through the RepositoryService), whose formKeys would not resolve.
     */
    protected String definitionWithForm(String formResource) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(definition -> repository.getDeploymentResourceNames(definition.getDeploymentId()).contains(formResource))
                .findFirst().orElseThrow().getId();
    }

    /** Logs the user into Tasklist, opens the task, claims it and answers its embedded form. */
    protected WebElement claimAndOpen(String user, String taskId) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-signin input[type=password]")))
                .sendKeys("demo");
        browser.findElement(By.cssSelector(".form-signin input[type=text]")).sendKeys(user);
        browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters]"), "Tất cả công việc"));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-tasklist-task] button.claim"))).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.dxflow-form")));
    }

    /** Clicks an element of the form after scrolling it to the middle: Tasklist's page footer covers the bottom. */
    protected void click(WebElement element) {
        // The form may still grow while its data arrives and push the element back under the footer: scroll again.
        wait.ignoring(ElementClickInterceptedException.class).until(driver -> {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            WebElement clickable = ExpectedConditions.elementToBeClickable(element).apply(driver);
            if (clickable == null) {
                return false;
            }
            clickable.click();
            return true;
        });
    }

    /** Tasklist's own button under the form; at 1366×768 it is below the fold, behind the page footer. */
    protected void complete() {
        click(browser.findElement(By.xpath("//*[@cam-tasklist-task]//button[normalize-space(.)='Hoàn thành']")));
    }
}
