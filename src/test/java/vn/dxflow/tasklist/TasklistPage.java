package vn.dxflow.tasklist;

import org.camunda.bpm.engine.RepositoryService;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the form browser tests do in Tasklist around their form: log in, open and claim a task, complete it. */
record TasklistPage(ChromeDriver browser, WebDriverWait waiting, int port) {

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
    void login(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        // Whoever was logged in before leaves: a new user starts a new session.
        browser.manage().deleteAllCookies();
        browser.navigate().refresh();
        WebElement name = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-signin input[type=text]")));
        WebElement password = browser.findElement(By.cssSelector(".form-signin input[type=password]"));
        // The page focuses the user name field once it has loaded, which can steal keys typed before: type again.
        waiting.until(driver -> {
            name.clear();
            name.sendKeys(user);
            password.clear();
            password.sendKeys("demo");
            return user.equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector(".form-signin button[type=submit]")).click();
        waiting.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters]"), "Tất cả công việc"));
    }

    /** The task's embedded form, after claiming the task where it is offered to a group (not when assigned). */
    WebElement open(String taskId) {
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
