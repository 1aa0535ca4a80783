package vn.dxflow.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** A user's own notifications in the application, and his choice about e-mail; the outbox for administrators. */
@Component
class Inbox {

    private static final int SHOWN = 100;

    record Item(long id, String kind, String kindLabel, String subject, String body, String link, Instant createdAt,
            Instant readAt) {
    }

    record Page(int unread, boolean emailMuted, List<Item> items) {
    }

    record OutboxItem(long id, String userId, String email, String subject, String status, int attempts,
            Instant createdAt, Instant sentAt, String error) {
    }

    private static final RowMapper<Item> ITEM = (rs, row) -> new Item(rs.getLong("id"), rs.getString("kind"),
            NotificationKind.valueOf(rs.getString("kind")).label(), rs.getString("subject"), rs.getString("body"),
            rs.getString("link"), instant(rs.getObject("created_at", OffsetDateTime.class)),
            instant(rs.getObject("read_at", OffsetDateTime.class)));

    private final JdbcTemplate jdbc;

    Inbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Page of(String userId) {
        Integer unread = jdbc.queryForObject("select count(*) from dxflow_notification where user_id = ? and read_at is null",
                Integer.class, userId);
        List<Item> items = jdbc.query("select * from dxflow_notification where user_id = ? order by id desc "
                + "fetch first " + SHOWN + " rows only", ITEM, userId);
        return new Page(unread, emailMuted(userId), items);
    }

    /** @return whether the notification was the user's (another's is neither found nor changed) */
    boolean markRead(String userId, long id) {
        return jdbc.update("update dxflow_notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?",
                now(), id, userId) == 1;
    }

    void markAllRead(String userId) {
        jdbc.update("update dxflow_notification set read_at = ? where user_id = ? and read_at is null", now(), userId);
    }

    /** Muting stops the e-mails not yet sent too; unmuting sends only what comes after. */
    void muteEmail(String userId, boolean muted) {
        if (jdbc.update("update dxflow_notification_setting set email_muted = ? where user_id = ?", muted, userId) == 0) {
            try {
                jdbc.update("insert into dxflow_notification_setting (user_id, email_muted) values (?, ?)", userId, muted);
            } catch (DuplicateKeyException clickedTwice) {
                jdbc.update("update dxflow_notification_setting set email_muted = ? where user_id = ?", muted, userId);
            }
        }
        if (muted) {
            jdbc.update("update dxflow_notification set email_status = ? where user_id = ? and email_status = ?",
                    Notifications.MUTED, userId, Notifications.PENDING);
        }
    }

    List<OutboxItem> outbox() {
        return jdbc.query("select * from dxflow_notification where email is not null order by id desc fetch first 200 rows only",
                (rs, row) -> new OutboxItem(rs.getLong("id"), rs.getString("user_id"), rs.getString("email"),
                        rs.getString("subject"), rs.getString("email_status"), rs.getInt("email_attempts"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("email_sent_at", OffsetDateTime.class)), rs.getString("email_error")));
    }

    private boolean emailMuted(String userId) {
        return Boolean.TRUE.equals(jdbc.query("select email_muted from dxflow_notification_setting where user_id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : null, userId));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }
}
