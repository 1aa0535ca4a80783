package vn.dxflow.notification;

import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.dxflow.cluster.NodeIdentity;

/**
 * Sends the pending e-mails of the outbox. Every node may run it: a row is sent by the node whose conditional
 * update claimed it (the others' update finds it claimed), so each message goes out once; a node that dies while
 * holding claims leaves them to the others when the claim expires, which may send a message it had sent just
 * before dying a second time, never none. A refusal by the mail server is retried with waits doubling from a
 * minute, then the row is marked FAILED and logged.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private record Pending(long id, String email, String subject, String body, String link, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties settings;
    private final String node;

    MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mail, NotificationProperties settings, NodeIdentity node) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.settings = settings;
        this.node = node.id();
    }

    /** Sends what is due now; returns how many e-mails went out. Without a configured mail server, none. */
    int sendDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        OffsetDateTime now = now();
        List<Pending> due = jdbc.query("select id, email, subject, body, link, email_attempts from dxflow_notification "
                + "where email_status = ? and email_next_attempt_at <= ? and (email_claimed_until is null "
                + "or email_claimed_until < ?) order by id fetch first " + BATCH + " rows only",
                (rs, row) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getInt(6)), Notifications.PENDING, now, now);
        int sent = 0;
        for (Pending pending : due) {
            if (claim(pending.id())) {
                sent += send(sender, pending) ? 1 : 0;
            }
        }
        return sent;
    }

    /**
     * Claims one row from now on (a slow mail server must not let a claim taken late in a batch lapse at once), if it
     * is still pending, due and nobody's: the one update that decides which node sends it.
     */
    boolean claim(long id) {
        OffsetDateTime now = now();
        return jdbc.update("update dxflow_notification set email_claimed_by = ?, email_claimed_until = ? where id = ? "
                + "and email_status = ? and email_next_attempt_at <= ? and (email_claimed_until is null "
                + "or email_claimed_until < ?)", node, now.plus(settings.claimFor()), id, Notifications.PENDING, now, now) == 1;
    }

    private boolean send(JavaMailSender sender, Pending pending) {
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(pending.email());
            helper.setSubject(pending.subject());
            helper.setText(pending.body() + (pending.link() == null ? ""
                    : "\n\nMở trên DXFlow: " + settings.publicUrl() + pending.link()) + "\n\n--\nThư gửi tự động từ DXFlow. "
                    + "Có thể tắt thư điện tử trong mục Thông báo của trang Công việc; thông báo vẫn hiện trong ứng dụng.");
            sender.send(message);
            jdbc.update("update dxflow_notification set email_status = ?, email_sent_at = ?, email_attempts = ?, "
                    + "email_error = null where id = ? and email_claimed_by = ? and email_status = ?", SENT, now(),
                    pending.attempts() + 1, pending.id(), node, Notifications.PENDING);
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = pending.attempts() + 1;
            boolean last = attempts >= settings.maxAttempts();
            Duration wait = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
            log.warn("E-mail {} to {} failed (attempt {} of {}){}: {}", pending.id(), pending.email(), attempts,
                    settings.maxAttempts(), last ? ", given up" : ", retried in " + wait.toMinutes() + " min", e.toString());
            // Only while still this node's pending row: not over a mute, nor over another node's send after a lapsed claim.
            jdbc.update("update dxflow_notification set email_status = ?, email_attempts = ?, email_next_attempt_at = ?, "
                    + "email_claimed_until = null, email_error = ? where id = ? and email_claimed_by = ? and email_status = ?",
                    last ? FAILED : Notifications.PENDING, attempts, now().plus(wait), abbreviate(e.toString()),
                    pending.id(), node, Notifications.PENDING);
            return false;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }

    private static OffsetDateTime now() {
        return Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()).atOffset(ZoneOffset.UTC);
    }
}
