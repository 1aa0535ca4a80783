package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;
import vn.dxflow.AsyncSteps;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * What the browser tests of the task forms share: a browser on Tasklist, one assessment started from the newest
 * model deployed with the form under test, and the engine's clock, all cleaned up after each test.
 */
abstract class TaskFormBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots/forms");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    RepositoryService repository;

    ChromeDriver browser;
    WebDriverWait wait;
    TasklistPage tasklist;
    String assessment;
    /** The official's effort in the browser: clicks (a file chosen counts as two) and fields typed into. */
    int clicks;
    int typings;

    /** Files the official picks from his disk, deleted after the test. */
    Path files;

    @BeforeEach
    void startBrowser() throws IOException {
        HeadlessChromium.require();
        files = Files.createTempDirectory("dxflow-files-");
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // A wrong attempt earlier in the JVM (Tasklist's autofocus racing the typing) locks the user for a while,
        // counted on the engine clock that the tests move: every login starts unlocked.
        tasklist = new TasklistPage(browser, wait, port, identity::unlockUser);
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws IOException {
        ClockUtil.reset();
        identity.clearAuthentication();
        if (browser != null) {
            // The last state, for whoever reads a failure.
            HeadlessChromium.screenshot(browser, Path.of("target/screenshots/last"), test.getTestMethod().orElseThrow().getName());
            browser.quit();
        }
        FileSystemUtils.deleteRecursively(files.toFile());
        if (assessment != null && runtime.createProcessInstanceQuery().processInstanceId(assessment).count() > 0) {
            runtime.deleteProcessInstance(assessment, getClass().getSimpleName() + " ended", true, true);
        }
    }

    /** Starts the assessment of a unit from the newest model deployed with the given form. */
    void start(String form, String campaignId, String unitCode) {
        assessment = runtime.startProcessInstanceById(TasklistPage.definitionWithForm(repository, UnitAssessmentProcess.KEY, form), Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, campaignId, UnitAssessmentProcess.Variables.UNIT_CODE, unitCode)).getId();
        AsyncSteps.run(management, assessment);
    }

    /** Completes the assessment's open task as the user would (under his groups), then its asynchronous steps. */
    void completeAs(String userId, String activityId, Map<String, Object> variables) {
        identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList());
        try {
            tasks.complete(task(activityId).getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        AsyncSteps.run(management, assessment);
    }

    /** The assessment's single open task, checked to be the expected one. */
    Task task(String activityId) {
        Task task = tasks.createTaskQuery().processInstanceId(assessment).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(activityId);
        return task;
    }

    /** Sets the engine clock to a Vietnamese wall-clock time, whatever the JVM's zone. */
    static void clockAt(String vietnamTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(vietnamTime).atZone(CampaignConfig.ZONE).toInstant()));
    }

    /** Logs the user into Tasklist, opens the task, claims it and answers its embedded form. */
    WebElement claimAndOpen(String user, String taskId) {
        tasklist.login(user);
        clicks += 3;   // log in, the task in the list, "Nhận việc"
        typings += 2;
        return tasklist.open(taskId);
    }

    String definitionWithForm(String form) {
        return TasklistPage.definitionWithForm(repository, UnitAssessmentProcess.KEY, form);
    }

    void click(WebElement element) {
        tasklist.click(element);
        clicks++;
    }

    void type(WebElement field, String text) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", field);
        field.sendKeys(text);
        typings++;
    }

    void complete() {
        tasklist.complete();
        clicks++;
    }

    /** A file on the official's disk. */
    Path file(String name, byte[] content) throws IOException {
        return Files.write(files.resolve(name), content);
    }

    /** Choosing a file for a criterion of the dossier forms: the button opens the dialog (one click), the file lands in the hidden input. */
    void upload(WebElement form, String criterion, Path file) {
        clicks += 2;
        form.findElement(By.id("dx-" + criterion + "-file")).sendKeys(file.toString());
    }

    /** An element of a DXFlow form by its data-dx role. */
    static WebElement role(WebElement form, String role) {
        return form.findElement(By.cssSelector("[data-dx='" + role + "']"));
    }

    /** A criterion's block in the dossier forms (self-assessment, supplement). */
    static WebElement criterion(WebElement form, String code) {
        return form.findElement(By.cssSelector("[data-dx-criterion='" + code + "']"));
    }

    void screenshot(String name) throws IOException {
        HeadlessChromium.screenshot(browser, screenshots(), name);
    }

    /**
     * Keyboard only: Tab alone reaches every visible control of the form, in page order (a group of radios is one
     * stop, its choice made with the arrow keys), and the focused control shows where the focus is.
     */
    void assertKeyboardOnly(WebElement form) {
        // Walked again when the walk ended early: a form still filling in its data may replace the focused part.
        KeyboardWalk walk = walk(form);
        for (int attempt = 1; attempt < 3 && !walk.visited().equals(walk.expected()); attempt++) {
            walk = walk(form);
        }
        assertThat(walk.visited()).as("controls reached with Tab, in order (an empty name: a focusable element that is no control)")
                .containsExactlyElementsOf(walk.expected());
        assertThat(walk.unmarked()).as("focused controls without a visible focus").isEmpty();
    }

    private record KeyboardWalk(List<String> expected, List<String> visited, List<String> unmarked) {
    }

    private KeyboardWalk walk(WebElement form) {
        @SuppressWarnings("unchecked")
        List<String> expected = (List<String>) browser.executeScript(
                "const controls = [...arguments[0].querySelectorAll("
                + "'input:not([type=hidden]), select, textarea, button, a[href], summary, [tabindex]')]"
                + ".filter(e => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0);"
                + "controls.forEach((e, i) => e.dataset.dxTab = e.type === 'radio' ? 'radio:' + e.name : 'control-' + i);"
                + "controls[0].focus();"
                + "return [...new Set(controls.map(e => e.dataset.dxTab))];", form);
        List<String> visited = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (int i = 0; i < expected.size() + 3; i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> focused = (Map<String, Object>) browser.executeScript(
                    "const e = document.activeElement;"
                    + "const marked = n => { for (let i = 0; n && i < 3; n = n.parentElement, i++) {"
                    + "  const s = getComputedStyle(n);"
                    + "  if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none') return true; }"
                    + "  return false; };"
                    + "return {inForm: arguments[0].contains(e), tab: e.dataset.dxTab || '', marked: marked(e),"
                    + "  name: e.outerHTML.substring(0, 120)};", form);
            if (!(Boolean) focused.get("inForm")) {
                break;
            }
            if (visited.isEmpty() || !visited.get(visited.size() - 1).equals(focused.get("tab"))) {
                visited.add((String) focused.get("tab"));
            }
            if (!(Boolean) focused.get("marked")) {
                unmarked.add((String) focused.get("name"));
            }
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        return new KeyboardWalk(expected, visited, unmarked);
    }

    /** Where this test's screenshots go, kept as build output for review. */
    Path screenshots() {
        return SCREENSHOTS;
    }
}
