package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.UnitAssessmentProcess;

/**
 * A commune officer registers the target level in Tasklist (forms/register.html, forms/register-late.html): the
 * catalog's levels with their descriptions, last year's recognized level and the deadline are shown, and a
 * completion without a level is refused in Vietnamese before it reaches the server. Campaign 10-2027, communes
 * 02998 and 02959 of district 087.
 */
@DxflowSpringTest
class RegistrationFormBrowserTest extends TaskFormBrowserTest {

    @Autowired
    private CycleDriver cycle;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    @Test
    void theOfficerRegistersAfterSeeingTheLevelsAndLastYearsRecognition() throws IOException {
        cycle.recognizedAssessment("10-2026", "02998", "087", 2, "2026-11-20T08:00");
        cycle.clockAt("2027-01-05T08:00");
        String id = start("02998");
        long started = System.nanoTime();

        tasklist.login("officer02998");
        WebElement form = tasklist.open(cycle.task(id, REGISTER).getId());
        tasklist.waiting().until(driver -> form.findElements(By.cssSelector("input[name=level]")).size() == 5);
        tasklist.waiting().until(driver -> text(form, "last-year").startsWith("Mức"));
        assertThat(text(form, "last-year")).isEqualTo("Mức 2 - Kết nối (năm 2026)");
        assertThat(text(form, "unit")).isEqualTo("Xã Phúc Khánh (mã 02998)");
        assertThat(text(form, "campaign")).isEqualTo("Đợt thử nghiệm 2027 - tỉnh Lào Cai (đủ các bước)");
        // Due at the end of 20/01/2027 (the day included), seen from the engine's clock 05/01/2027 08:00.
        assertThat(text(form, "deadline")).isEqualTo("20/01/2027 23:59 (Còn 15 ngày 16 giờ)");
        assertThat(form.getText()).contains("Mức 1 - Khởi động: Chuyển đổi số mới bắt đầu được triển khai",
                "Mức 3 - Cơ bản: Chuyển đổi số bắt đầu có hiệu quả");
        screenshot("dang-ky-1-muc-do");

        assertThat(tasklist.refused(form)).isEqualTo("Vui lòng chọn mức độ chuyển đổi số đăng ký.");
        assertThat(tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(REGISTER).count()).as("not completed").isEqualTo(1);
        screenshot("dang-ky-2-chua-chon-muc");

        // Keyboard only: the radios are reached and chosen with the keyboard like any input.
        form.findElement(By.cssSelector("input[name=level][value='3']")).sendKeys(" ");
        tasklist.complete();
        tasklist.waiting().until(driver -> tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(REGISTER).count() == 0);
        System.out.printf("Registration in the browser, login to completion with one refused attempt: %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertThat(cycle.variable(id, TARGET_LEVEL)).isEqualTo(3L);
        cycle.task(id, SELF_ASSESS);
    }

    @Test
    void aLateRegistrationShowsThatTheDeadlinePassed() throws IOException {
        cycle.clockAt("2027-01-05T08:00");
        String id = start("02959");
        cycle.clockAt("2027-01-22T10:00");
        cycle.runDueJobs(id);

        tasklist.login("officer02959");
        WebElement form = tasklist.open(cycle.task(id, REGISTER_LATE).getId());
        tasklist.waiting().until(driver -> text(form, "last-year").startsWith("Chưa"));
        assertThat(text(form, "last-year")).isEqualTo("Chưa có kết quả công nhận năm trước");
        assertThat(text(form, "deadline")).isEqualTo("Đã hết hạn đăng ký. Muộn 1 ngày 10 giờ so với hạn cuối 20/01/2027");
        screenshot("dang-ky-muon");

        assertThat(tasklist.refused(form)).isEqualTo("Vui lòng chọn mức độ chuyển đổi số đăng ký.");
        form.findElement(By.cssSelector("input[name=level][value='1']")).click();
        tasklist.complete();
        tasklist.waiting().until(driver -> tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(DECIDE_LATE_REGISTRATION).count() == 1);
        assertThat(cycle.variable(id, TARGET_LEVEL)).isEqualTo(1L);
    }

    private String start(String unitCode) {
        return runtime.startProcessInstanceById(TasklistPage.definitionWithForm(repository, UnitAssessmentProcess.KEY,
                "forms/register.html"), Map.of(CAMPAIGN_ID, "10-2027", UNIT_CODE, unitCode)).getId();
    }

    private static String text(WebElement form, String role) {
        return form.findElement(By.cssSelector("[data-dx='" + role + "']")).getText();
    }
}
