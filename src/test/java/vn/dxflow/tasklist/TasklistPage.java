package vn.dxflow.tasklist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * What the form browser tests do in Tasklist: log in as a demo user, open a task's embedded form, complete it,
 * take screenshots. A JUnit extension ({@code @RegisterExtension}): a fresh headless Chromium for every test,
 * pointed at the test's running application.
 */
final class TasklistPage implements BeforeEachCallback, AfterEachCallback {

    static final Path SCREENSHOTS = Path.of("target/screenshots/forms");

    private ChromeDriver browser;
    private WebDriverWait wait;
    private String tasklist;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        HeadlessChromium.require();
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        tasklist = "http://localhost:" + port + "/camunda/app/tasklist/";
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriverWait waiting() {
        return wait;
    }

    /** The page as an image and as text in target/screenshots/forms/, for review. */
    void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, SCREENSHOTS, name);
    }

    /** Logs in as a demo user (password demo), ending the session of anyone logged in before. */
    void login(String user) throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(tasklist);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-signin input[type=password]")));
        // Typed again until both fields hold their text: under load the page's autofocus can move to the user
        // name field in the middle of the typing.
        wait.until(driver -> {
            WebElement name = driver.findElement(By.cssSelector(".form-signin input[type=text]"));
            WebElement password = driver.findElement(By.cssSelector(".form-signin input[type=password]"));
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            return user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters]"), "Tất cả công việc"));
        } catch (TimeoutException e) {
            // What the login page said instead, for the build output.
            screenshot("dang-nhap-that-bai-" + user);
            throw e;
        }
    }

    /** The task's embedded form, after claiming the task where it is offered to a group. */
    WebElement open(String taskId) {
        browser.get(tasklist + "default/#/?task=" + taskId);
        By claim = By.cssSelector("[cam-tasklist-task] button.claim");
        By form = By.cssSelector("form.dxflow-form");
        wait.until(ExpectedConditions.or(ExpectedConditions.elementToBeClickable(claim),
                ExpectedConditions.visibilityOfElementLocated(form)));
        if (!browser.findElements(claim).isEmpty() && browser.findElement(claim).isDisplayed()) {
            browser.findElement(claim).click();
        }
        return wait.until(ExpectedConditions.visibilityOfElementLocated(form));
    }

    /** Tasklist's own button under the form; at 1366×768 it is below the fold, behind the page footer. */
    void complete() {
        WebElement button = browser.findElement(By.xpath("//*[@cam-tasklist-task]//button[normalize-space(.)='Hoàn thành']"));
        wait.until(driver -> {
            // Scrolled again on every try: a status line appearing in the form moves the button back under the footer.
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
            WebElement clickable = ExpectedConditions.elementToBeClickable(button).apply(driver);
            if (clickable == null) {
                return false;
            }
            try {
                clickable.click();
                return true;
            } catch (ElementClickInterceptedException e) {
                return false;
            }
        });
    }

    /** Completes the form and waits for the Vietnamese refusal shown in its [data-dx=error] alert. */
    String refused(WebElement form) {
        complete();
        WebElement error = form.findElement(By.cssSelector("[data-dx=error]"));
        wait.until(ExpectedConditions.visibilityOf(error));
        return error.getText();
    }

    /**
     * The newest definition of a process deployed with the given form: other tests of this JVM deploy bare model
     * versions (straight through the RepositoryService), whose formKeys would not resolve.
     */
    static String definitionWithForm(RepositoryService repository, String processKey, String form) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(definition -> repository.getDeploymentResourceNames(definition.getDeploymentId()).contains(form))
                .findFirst().orElseThrow().getId();
    }
}
