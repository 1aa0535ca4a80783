package vn.dxflow.tasklist;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RepositoryService;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the form browser tests do in Tasklist around their form: log in, open and claim a task, complete it.
 * {@code beforeLogin} runs with the user id before each login (the in-JVM tests unlock the user there).
 */
public record TasklistPage(ChromeDriver browser, WebDriverWait waiting, int port, Consumer<String> beforeLogin) {

    /**
     * The newest definition of a process deployed with the given form: other tests of this JVM deploy bare model versions
     * (straight through the RepositoryService), whose formKeys would not resolve.
     */
    static String definitionWithForm(RepositoryService repository, String processKey, String form) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(definition -> repository.getDeploymentResourceNames(definition.getDeploymentId()).contains(form))
                .findFirst().orElseThrow().getId();
    }

    /** Logs in as a demo user (password demo), ending the session of anyone logged in before. */
    public void login(String user) {
        beforeLogin.accept(user);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        // Whoever was logged in before leaves: a new user starts a new session.
        browser.manage().deleteAllCookies();
        browser.navigate().refresh();
        By name = By.cssSelector(".form-signin input[type=text]");
        By password = By.cssSelector(".form-signin input[type=password]");
        By filters = By.cssSelector("[cam-tasklist-filters]");
        long[] submitted = {0};
        long[] loaded = {System.nanoTime()};
        // Polled until Tasklist shows the filters: the login form is found afresh each time (the page may render it
        // again while loading), typed again when its autofocus took keys away, and sent again if nothing happened.
        // Up to two minutes: under load the first start of the app can take long.
        new WebDriverWait(browser, java.time.Duration.ofMinutes(2)).ignoring(StaleElementReferenceException.class).until(driver -> {
            if (driver.findElements(filters).stream().anyMatch(list -> list.getText().contains("Tất cả công việc"))) {
                return true;
            }
            List<WebElement> names = driver.findElements(name);
            if (names.isEmpty() || !names.get(0).isDisplayed()) {
                // Under load the app can stay on its loading spinner (a script load timed out): load it again.
                if (System.nanoTime() - loaded[0] > 20_000_000_000L) {
                    driver.navigate().refresh();
                    loaded[0] = System.nanoTime();
                }
                return false;
            }
            WebElement typedName = names.get(0);
            WebElement typedPassword = driver.findElement(password);
            if (!user.equals(typedName.getDomProperty("value")) || !"demo".equals(typedPassword.getDomProperty("value"))) {
                typedName.clear();
                typedName.sendKeys(user);
                typedPassword.clear();
                typedPassword.sendKeys("demo");
                return false;
            }
            if (System.nanoTime() - submitted[0] > 5_000_000_000L) {
                driver.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
                submitted[0] = System.nanoTime();
            }
            return false;
        });
    }

    /** The task's embedded form, after claiming the task where it is offered to a group (not when assigned). */
    public WebElement open(String taskId) {
        // A link to the task, opened afresh: within the open page, a link without its filter would make Tasklist
        // switch from the filter in use to the first one, and a change of filter drops the selected task.
        browser.get("about:blank");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        By claim = By.cssSelector("[cam-tasklist-task] button.claim");
        By form = By.cssSelector("form.dxflow-form");
        waiting.until(ExpectedConditions.or(ExpectedConditions.elementToBeClickable(claim),
                ExpectedConditions.visibilityOfElementLocated(form)));
        if (!browser.findElements(claim).isEmpty() && browser.findElement(claim).isDisplayed()) {
            click(browser.findElement(claim));
        }
        return waiting.until(ExpectedConditions.visibilityOfElementLocated(form));
    }

    /** Completes the form and waits for the Vietnamese refusal shown in its [data-dx=error] alert. */
    String refused(WebElement form) {
        complete();
        WebElement error = form.findElement(By.cssSelector("[data-dx=error]"));
        waiting.until(ExpectedConditions.visibilityOf(error));
        return error.getText();
    }

    /** Tasklist's own button under the form; at 1366×768 it is below the fold, behind the page footer. */
    void complete() {
        click(browser.findElement(By.xpath("//*[@cam-tasklist-task]//button[normalize-space(.)='Hoàn thành']")));
    }

    /** Clicks an element after scrolling it to the middle: Tasklist's page footer covers the bottom. */
    void click(WebElement element) {
        // The form may still grow while its data arrives and push the element back under the footer: scroll again.
        waiting.ignoring(ElementClickInterceptedException.class).until(driver -> {
            browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            WebElement clickable = ExpectedConditions.elementToBeClickable(element).apply(driver);
            if (clickable == null) {
                return false;
            }
            clickable.click();
            return true;
        });
    }
}
