package vn.dxflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.CycleDriver;

/**
 * Notifications reach the people a step is for, in the application and through a real SMTP server (GreenMail on
 * a free port): a new task, the reminders before its deadline and the passed deadline, with the engine clock
 * moved; each e-mail once even when two senders (two nodes) work the outbox at the same time; a refused delivery
 * retried; a user who muted e-mail still sees his notifications; nobody reads another's.
 */
@DxflowSpringTest
class NotificationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OFFICER = "officer25450";
    /** The recipient of the outbox tests' own messages. */
    private static final String OTHER = "officer25198";

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private MailOutbox outbox;
    @Autowired
    private Notifications notifications;
    @Autowired
    private JavaMailSenderImpl mailSender;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestRestTemplate rest;

    private GreenMail smtp;
    private int configuredPort;

    @BeforeEach
    void startMailServer() {
        // Mail of other tests' steps is not this test's: only what is written from here on is sent.
        jdbc.update("update dxflow_notification set email_status = 'SKIPPED' where email_status = 'PENDING'");
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        configuredPort = mailSender.getPort();
        mailSender.setPort(smtp.getSmtp().getPort());
    }

    @AfterEach
    void stopMailServer() {
        mailSender.setPort(configuredPort);
        smtp.stop();
        jdbc.update("delete from dxflow_notification_setting where user_id = ?", OFFICER);
        cycle.reset();
    }

    @Test
    void aTaskItsRemindersAndItsPassedDeadlineReachTheUnitInTheAppAndByMail() throws Exception {
        // Other tests of the shared application may have told this officer things already.
        int unreadBefore = get("/api/notifications", OFFICER).get("unread").asInt();
        cycle.clockAt("2025-11-01T08:00");
        String id = cycle.startAssessment("70-2025", "25450");
        String taskId = cycle.task(id, "UserTask_SelfAssess").getId();
        String task = cycle.stepName(id, "UserTask_SelfAssess") + " · Xã Lộc Thiện (25450) · năm 2025";

        assertThat(outbox.sendDue()).isEqualTo(1);
        MimeMessage assigned = smtp.getReceivedMessages()[0];
        assertThat(assigned.getAllRecipients()[0].toString()).isEqualTo(OFFICER + "@demo.dxflow.vn");
        assertThat(assigned.getSubject()).isEqualTo("Công việc mới: " + task);
        assertThat((String) assigned.getContent()).contains("Hạn xử lý: hết ngày 30/11/2025",
                "http://localhost:8080" + Message.taskLink(taskId));

        cycle.clockAt("2025-11-17T08:00");   // 14 days before the end of 30/11
        cycle.runDueJobs(id);
        cycle.clockAt("2025-11-28T08:00");   // 3 days before
        cycle.runDueJobs(id);
        assertThat(outbox.sendDue()).isEqualTo(2);
        assertThat(subjects()).containsExactly(
                "Công việc mới: " + task,
                "Nhắc hạn: " + task + " – còn 14 ngày, hạn xử lý hết ngày 30/11/2025",
                "Nhắc hạn: " + task + " – còn 3 ngày, hạn xử lý hết ngày 30/11/2025");
        // A reminder written again (a retried job) is not told again.
        String reminder = jdbc.queryForObject("select dedup_key from dxflow_notification where user_id = ? and kind = 'REMINDER' "
                + "order by id desc fetch first 1 rows only", String.class, OFFICER);
        notifications.send(new Message(NotificationKind.REMINDER, reminder, List.of(), List.of(OFFICER), "lặp", "lặp", null));
        assertThat(outbox.sendDue()).as("every reminder once").isZero();

        // In the application: newest first, unread counted, read marks only on one's own.
        JsonNode page = get("/api/notifications", OFFICER);
        assertThat(page.get("unread").asInt()).isEqualTo(unreadBefore + 3);
        assertThat(page.get("items").get(0).get("kindLabel").asText()).isEqualTo("Nhắc hạn");
        long newest = page.get("items").get(0).get("id").asLong();
        assertThat(post("/api/notifications/" + newest + "/read", "officer25195")).isEqualTo(404);
        assertThat(post("/api/notifications/" + newest + "/read", OFFICER)).isEqualTo(204);
        assertThat(get("/api/notifications", OFFICER).get("unread").asInt()).isEqualTo(unreadBefore + 2);
        assertThat(get("/api/notifications", "officer25195").get("items").toString()).doesNotContain("Lộc Thiện");

        // Muted: the passed deadline is told in the application only.
        assertThat(put("/api/notifications/settings", OFFICER, "{\"emailMuted\": true}")).isEqualTo(200);
        cycle.clockAt("2025-12-01T08:00");
        cycle.runDueJobs(id);
        assertThat(outbox.sendDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(get("/api/notifications", OFFICER).get("items").get(0).get("subject").asText())
                .isEqualTo("Đã quá hạn: " + task + " – hạn xử lý hết ngày 30/11/2025");
        assertThat(get("/api/notifications", OFFICER).get("emailMuted").asBoolean()).isTrue();
    }

    /** The appraisal is created in the officer's own completion, where he may not read the council's users. */
    @Test
    void theCouncilIsToldOfADossierSubmittedByTheUnit() throws Exception {
        cycle.clockAt("2025-11-01T08:00");
        String id = cycle.startAssessment("70-2025", "25198");
        cycle.selfAssess(id, "officer25198", (String) cycle.variable(id, "catalogId"), 1);
        String appraisal = cycle.task(id, "UserTask_Appraise").getId();
        assertThat(get("/api/notifications", "appraisal70").get("items").toString())
                .contains("Công việc mới: " + cycle.stepName(id, "UserTask_Appraise") + " · ", "(25198) · năm 2025", appraisal);
    }

    @Test
    void twoSendersAtOnceSendEachMessageOnce() throws Exception {
        for (int i = 0; i < 60; i++) {
            notifications.send(new Message(NotificationKind.REMINDER, "test-once-" + i + "-" + System.nanoTime(),
                    List.of(), List.of(OTHER), "Thư thử " + i, "Nội dung " + i, null));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                sent.add(nodes.submit(() -> {
                    start.await();
                    int total = 0;
                    for (int round = 0; round < 3; round++) {
                        total += outbox.sendDue();
                    }
                    return total;
                }));
            }
            start.countDown();
            assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(60);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(subjects()).hasSize(60).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 60).mapToObj(i -> "Thư thử " + i).toList());
    }

    /** The one update that decides who sends: the second claim of a row, by any node, finds it taken. */
    @Test
    void aRowIsClaimedOnce() {
        cycle.clockAt("2025-11-01T08:00");
        notifications.send(new Message(NotificationKind.REMINDER, "test-claim-" + System.nanoTime(), List.of(),
                List.of(OTHER), "Thư nhận một lần", "Nội dung", null));
        long id = jdbc.queryForObject("select max(id) from dxflow_notification where subject = 'Thư nhận một lần'", Long.class);
        assertThat(outbox.claim(id)).isTrue();
        assertThat(outbox.claim(id)).isFalse();
        cycle.clockAt("2025-11-01T08:06");   // the claim (5 min) lapsed: a node that died leaves it to the others
        assertThat(outbox.claim(id)).isTrue();
    }

    @Test
    void aRefusedDeliveryIsRetriedAfterItsWait() throws Exception {
        cycle.clockAt("2025-11-01T08:00");
        notifications.send(new Message(NotificationKind.TASK_ASSIGNED, "test-retry-" + System.nanoTime(), List.of(),
                List.of(OTHER), "Thư gửi lại", "Nội dung", null));
        smtp.stop();
        assertThat(outbox.sendDue()).isZero();
        assertThat(jdbc.queryForMap("select email_status, email_attempts from dxflow_notification where subject = 'Thư gửi lại'"))
                .containsEntry("EMAIL_STATUS", "PENDING").containsEntry("EMAIL_ATTEMPTS", 1);
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        mailSender.setPort(smtp.getSmtp().getPort());
        assertThat(outbox.sendDue()).as("not before its wait").isZero();
        cycle.clockAt("2025-11-01T08:01");
        assertThat(outbox.sendDue()).isEqualTo(1);
        assertThat(subjects()).containsExactly("Thư gửi lại");
    }

    private List<String> subjects() throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    private JsonNode get(String path, String user) throws Exception {
        var answer = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }

    private int post(String path, String user) {
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, null, String.class).getStatusCode().value();
    }

    private int put(String path, String user, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.PUT, new HttpEntity<>(json, headers), String.class)
                .getStatusCode().value();
    }
}
