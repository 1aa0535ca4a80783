package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * A commune official opens Tasklist in a real headless Chromium (Debian's chromium and chromium-driver) whose
 * language is English, and gets it in Vietnamese: login page, header, filters, task list and task, dates as
 * dd/MM/yyyy. Screenshots at 1366×768 go to target/screenshots/tasklist/.
 */
@DxflowSpringTest
class TasklistBrowserTest extends TaskFormBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots/tasklist");

    /** English words allowed on the page: product names (footer "Camunda Platform", brand). */
    private static final Set<String> ALLOWED_ENGLISH = Set.of("Camunda");

    @Test
    void officialWorksInVietnamese() throws IOException {
        assessment = runtime.startProcessInstanceById(TasklistPage.definitionWithForm(repository, UnitAssessmentProcess.KEY,
                "forms/register.html"), Map.of(
                UnitAssessmentProcess.Variables.CAMPAIGN_ID, "10-2025",
                UnitAssessmentProcess.Variables.UNIT_CODE, "02947")).getId();

        logIn();

        WebElement header = browser.findElement(By.cssSelector("[cam-widget-header]"));
        wait.until(driver -> header.getText().contains("Phím tắt"));
        // No Camunda chrome an official does not need: the Camunda 8 banner, free tasks, starting processes.
        assertThat(header.getText()).contains("DXFlow Công việc", "Phím tắt", "Cán bộ UBND Thị trấn Phố Ràng")
                .doesNotContain("Tạo công việc", "Khởi tạo quy trình");
        assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).isNotEmpty().noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Camunda 8");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters]"), "Quá hạn"));
        assertThat(browser.findElement(By.cssSelector("[cam-tasklist-filters]")).getText())
                .contains("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá hạn", "Tất cả công việc");

        // The new task was announced: "Thông báo" with the unread count, the list opens from the header.
        WebElement bell = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.dxflow-notifications > a")));
        wait.until(driver -> bell.findElement(By.cssSelector(".dx-count")).isDisplayed());
        assertThat(Integer.parseInt(bell.findElement(By.cssSelector(".dx-count")).getText())).isPositive();
        bell.click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dxflow-notifications .dx-panel")));
        wait.until(driver -> panel.getText().contains("Công việc mới: Đăng ký mức độ chuyển đổi số · Thị trấn Phố Ràng (02947) · năm 2025"));
        assertThat(panel.getText()).contains("Nhận cả thư điện tử", "Đánh dấu tất cả đã đọc", "Mở công việc");
        screenshot("2a-thong-bao");
        bell.click();
        WebElement account = header.findElement(By.cssSelector(".account .dropdown-toggle"));
        account.click();
        WebElement logout = header.findElement(By.cssSelector(".account .logout"));
        wait.until(driver -> logout.isDisplayed());
        assertThat(logout.getText()).isEqualTo("Đăng xuất");
        assertThat(header.findElement(By.cssSelector(".account .profile")).getText()).isEqualTo("Hồ sơ cá nhân");
        account.click();

        // the task in the list: "Hạn xử lý 2 năm trước, Tạo vài giây trước", the exact due date in a tooltip
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".tasks-list .task")));
        assertThat(task.getText()).contains("Đăng ký mức độ chuyển đổi số · Thị trấn Phố Ràng (02947) · năm 2025").containsPattern(
                "Hạn xử lý (một|\\d+) (năm|tháng) trước,? Tạo (vài giây|một phút|\\d+ phút) trước");
        assertThat(task.findElements(By.cssSelector(".priority"))).as("Camunda's raw priority").noneMatch(WebElement::isDisplayed);
        new Actions(browser).moveToElement(task.findElement(By.cssSelector(".due-date span[uib-tooltip]"))).perform();
        WebElement tooltip = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tooltip-inner")));
        assertThat(tooltip.getText()).matches("(Chủ nhật|Thứ (hai|ba|tư|năm|sáu|bảy)), \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        assertThat(tooltip.getText()).contains("/01/2025"); // the registration deadline of campaign 10-2025

        task.findElement(By.cssSelector("a")).click();
        WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-tasklist-task] button.claim")));
        assertThat(claim.getText()).isEqualTo("Nhận việc");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"), "Hoàn thành"));
        String details = browser.findElement(By.cssSelector("[cam-tasklist-task]")).getText();
        assertThat(details).contains("Đặt ngày theo dõi", "Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả", "Hoàn thành");
        assertThat((String) browser.executeScript("return getComputedStyle(document.querySelector('.disabled-form'), '::after').content"))
                .as("the greyed form says why").contains("bấm “Nhận việc”");
        screenshot("2-cong-viec");
        assertNoEnglish();

        // the date picker: dd/MM/yyyy HH:mm, Vietnamese month and weekdays, weeks from Monday
        browser.findElement(By.xpath("//*[self::a or self::button or self::span][normalize-space(.)='Đặt ngày theo dõi']")).click();
        WebElement picker = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cam-widget-inline-field .uib-datepicker, .uib-datepicker")));
        assertThat(picker.findElement(By.cssSelector(".uib-title")).getText()).matches("Tháng \\d{1,2} năm \\d{4}");
        assertThat(picker.findElements(By.cssSelector("thead tr:last-child th small")).stream().map(WebElement::getText).toList())
                .containsSubsequence("T2", "T3", "T4", "T5", "T6", "T7", "CN");
        assertThat(browser.findElement(By.cssSelector("[cam-widget-inline-field] .preview")).getText()).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
        screenshot("3-ngay-theo-doi");
        assertNoEnglish();
        browser.findElement(By.cssSelector(".cam-widget-inline-field .glyphicon-remove")).click();

        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".uib-datepicker")));

        // claiming: the official becomes the assignee, and the history says "Nhận việc"
        claim.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[cam-tasklist-task] .assignee"), "Cán bộ UBND Thị trấn Phố Ràng"));
        browser.findElement(By.xpath("//*[@cam-tasklist-task]//a[normalize-space(.)='Lịch sử']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task]"), "Người xử lý"));
        assertThat(browser.findElement(By.cssSelector("[cam-tasklist-task]")).getText()).contains("Nhận việc");
        screenshot("4-da-nhan-viec");
        assertNoEnglish();

        // The notification's link opens its task, from anywhere in Tasklist.
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?filter=" + "none");
        WebElement again = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.dxflow-notifications > a")));
        again.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Mở công việc"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-task] h2, [cam-tasklist-task]"),
                "Đăng ký mức độ chuyển đổi số · Thị trấn Phố Ràng (02947) · năm 2025"));
        assertThat(browser.getCurrentUrl()).contains("task=");
    }

    @Test
    void profileAndLogoutAreVietnamese() throws IOException {
        logIn();
        WebElement header = browser.findElement(By.cssSelector("[cam-widget-header]"));
        header.findElement(By.cssSelector(".account .dropdown-toggle")).click();
        wait.until(ExpectedConditions.elementToBeClickable(header.findElement(By.cssSelector(".account .profile a")))).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Đổi mật khẩu"));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("DXFlow Tài khoản", "Ứng dụng", "Danh sách công việc", "Hồ sơ", "Sửa thông tin cá nhân", "Nhóm");
        assertThat(browser.getTitle()).isEqualTo("DXFlow Tài khoản");
        assertThat((String) browser.executeScript("return document.documentElement.lang")).isEqualTo("vi");
        screenshot("5-ho-so-ca-nhan");
        assertNoEnglish("welcome");

        WebElement welcomeHeader = browser.findElement(By.cssSelector("[cam-widget-header]"));
        welcomeHeader.findElement(By.cssSelector(".account .dropdown-toggle")).click();
        wait.until(ExpectedConditions.elementToBeClickable(welcomeHeader.findElement(By.cssSelector(".account .logout a")))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("body"), "Đăng xuất thành công"));
        assertThat(browser.findElement(By.tagName("body")).getText()).containsPattern(
                "Cảm ơn bạn đã làm việc trên hệ thống hôm nay\\. Chúc bạn một (buổi sáng|buổi chiều|buổi tối|đêm|ngày|cuối tuần) tốt lành!");
        screenshot("6-dang-xuat");
        assertNoEnglish("welcome");
    }

    /** Opens Tasklist, checks the Vietnamese login page and logs in as the official of Thị trấn Phố Ràng. */
    private void logIn() throws IOException {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/");
        WebElement password = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".form-signin input[type=password]")));
        assertThat((String) browser.executeScript("return navigator.languages[0]")).startsWith("en");

        WebElement username = browser.findElement(By.cssSelector(".form-signin input[type=text]"));
        WebElement signIn = browser.findElement(By.cssSelector(".form-signin button[type=submit]"));
        wait.until(driver -> "Tên đăng nhập".equals(username.getAttribute("placeholder")));
        assertThat(password.getAttribute("placeholder")).isEqualTo("Mật khẩu");
        assertThat(signIn.getText()).isEqualTo("Đăng nhập");
        assertThat(browser.findElement(By.cssSelector(".form-signin .app-name")).getText()).isEqualTo("Công việc");
        assertThat(browser.getTitle()).isEqualTo("DXFlow Công việc");
        assertThat((String) browser.executeScript("return document.documentElement.lang")).isEqualTo("vi");
        screenshot("1-dang-nhap");
        assertNoEnglish();

        username.sendKeys("officer02947");
        password.sendKeys("demo");
        signIn.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-tasklist-filters]"), "Tất cả công việc"));
    }

    private void assertNoEnglish() {
        assertNoEnglish("tasklist");
    }

    /** No label of the app's English locale (with a word of four letters or more) is visible on the page. */
    private void assertNoEnglish(String app) {
        JsonNode english = WebappLocales.json(WebappLocales.webjar(app + "/locales/en.json")).get("labels");
        JsonNode vietnamese = WebappLocales.json(WebappLocales.project(app + "/locales/vi.json")).get("labels");
        String page = browser.findElement(By.tagName("body")).getText();
        List<String> leaked = new ArrayList<>();
        english.fields().forEachRemaining(label -> {
            String text = label.getValue().asText();
            if (text.matches(".*[A-Za-z]{4}.*") && !ALLOWED_ENGLISH.contains(text)
                    && !text.equals(vietnamese.path(label.getKey()).asText())
                    && Pattern.compile("(?<![\\p{L}])" + Pattern.quote(text) + "(?![\\p{L}])").matcher(page).find()) {
                leaked.add(label.getKey() + "=" + text);
            }
        });
        assertThat(leaked).as("English labels on the page:%n%s", page).isEmpty();
    }

    @Override
    Path screenshots() {
        return SCREENSHOTS;
    }
}
