package vn.dxflow.tasklist;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One official's Tasklist in the headless browser: log in, open a task, claim it, use its embedded form, press
 * "Hoàn thành". Counts the official's actions (clicks and typed fields) so that tests can report the effort.
 */
final class TasklistSession implements AutoCloseable {

    private final ChromeDriver browser;
    private final WebDriverWait wait;
    private final String base;
    private final Path screenshots;
    private int actions;

    TasklistSession(int port, Path screenshots) throws IOException {
        this.browser = HeadlessChromium.start();
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        this.base = "http://localhost:" + port;
        this.screenshots = screenshots;
    }

    ChromeDriver browser() {
        return browser;
    }

    WebDriverWait await() {
        return wait;
    }

    /** Clicks and typed fields since the session started. */
    int actions() {
        return actions;
    }

    TasklistSession logIn(String user) {
        browser.get(base + "/camunda/app/tasklist/");
        type(wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-signin input[type=text]"))), user);
        type(browser.findElement(By.cssSelector(".form-signin input[type=password]")), "demo");
        click(browser.findElement(By.cssSelector(".form-signin button[type=submit]")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters]"), "Tất cả công việc"));
        return this;
    }

    /** The names of the tasks in the list of the first filter ("Tất cả công việc"). */
    java.util.List<String> listedTasks() {
        browser.get(base + "/camunda/app/tasklist/default/#/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasks]")));
        wait.until(driver -> !driver.findElements(By.cssSelector(".tasks-list, [cam-tasks] .no-tasks, [cam-tasks] .well")).isEmpty());
        return browser.findElements(By.cssSelector(".tasks-list .task .names h4, .tasks-list .task h4")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the task (as from the list), claims it when nobody holds it, and waits for its embedded DXFlow form. */
    WebElement openTask(String taskId) {
        browser.get(base + "/camunda/app/tasklist/default/#/?task=" + taskId);
        actions++;   // the click on the task in the list
        WebElement task = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-task]")));
        wait.until(driver -> !task.findElements(By.cssSelector("button.claim, form.dxflow-form")).isEmpty()
                || !task.findElements(By.cssSelector(".unclaim, [ng-click*=unclaim]")).isEmpty());
        task.findElements(By.cssSelector("button.claim")).stream().filter(WebElement::isDisplayed).findFirst()
                .ifPresent(this::click);
        return form();
    }

    WebElement form() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.dxflow-form")));
    }

    /** Tasklist's own "Hoàn thành" button under the form; at 1366×768 it is below the fold. */
    void complete() {
        WebElement button = browser.findElement(By.xpath("//*[@cam-tasklist-task]//button[normalize-space(.)='Hoàn thành']"));
        click(wait.until(ExpectedConditions.elementToBeClickable(button)));
    }

    /** A visible element scrolled into view and clicked, counted as one action. */
    void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
        actions++;
    }

    /** A field cleared and typed into, counted as one action. */
    void type(WebElement field, CharSequence text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.clear();
        field.sendKeys(text);
        actions++;
    }

    void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, screenshots, name);
    }

    /** The answer status of a GET made by the page itself, with the official's session. */
    long fetchStatus(String path) {
        return (Long) browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => done(r.status), () => done(-1));", base + path);
    }

    @Override
    public void close() {
        browser.quit();
    }
}
