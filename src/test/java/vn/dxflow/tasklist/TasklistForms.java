package vn.dxflow.tasklist;

import org.camunda.bpm.engine.RepositoryService;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dxflow.cycle.UnitAssessmentProcess;

/** What the browser tests of the embedded task forms share: the model version with forms, login, claim, submit. */
final class TasklistForms {

    private TasklistForms() {
    }

    /**
     * The newest UnitAssessment deployed with the given form: other tests of this JVM deploy bare model versions
     * (straight through the RepositoryService), whose formKeys would not resolve.
     */
    static String definitionWithForm(RepositoryService repository, String formResource) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(UnitAssessmentProcess.KEY)
                .orderByProcessDefinitionVersion().desc().list().stream()
                .filter(definition -> repository.getDeploymentResourceNames(definition.getDeploymentId()).contains(formResource))
                .findFirst().orElseThrow().getId();
    }

    /** Logs the user into Tasklist, opens the task, claims it and answers its embedded form. */
    static WebElement claimAndOpen(ChromeDriver browser, WebDriverWait wait, int port, String user, String taskId) {
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

    /** Tasklist's own button under the form; at 1366×768 it is below the fold, behind the page footer. */
    static void complete(ChromeDriver browser, WebDriverWait wait) {
        click(browser, wait, browser.findElement(By.xpath("//*[@cam-tasklist-task]//button[normalize-space(.)='Hoàn thành']")));
    }

    /** Clicks an element of the form after scrolling it to the middle: Tasklist's page footer covers the bottom. */
    static void click(ChromeDriver browser, WebDriverWait wait, WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }
}
