package vn.dxflow.notification;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dxflow.security.SystemActions;

/**
 * Writes messages for their recipients, in the caller's transaction: a step that rolls back announces nothing, and
 * a step retried announces nothing twice ({@link Message#dedupKey()}). Each row is the in-app message and, for a
 * user with an e-mail address who has not muted e-mail, a pending e-mail of the outbox.
 */
@Component
public class Notifications {

    static final String PENDING = "PENDING";
    static final String MUTED = "MUTED";
    static final String NO_ADDRESS = "NO_ADDRESS";

    private final JdbcTemplate jdbc;
    private final IdentityService identity;

    Notifications(JdbcTemplate jdbc, IdentityService identity) {
        this.jdbc = jdbc;
        this.identity = identity;
    }

    public void send(Message message) {
        // The step's user (an officer completing his task) may not read the users he is telling.
        Map<String, User> recipients = SystemActions.asSystem(identity, () -> recipients(message));
        if (recipients.isEmpty()) {
            return;
        }
        Set<String> muted = muted(recipients.keySet());
        var now = ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
        for (User user : recipients.values()) {
            String email = user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail().strip();
            String status = email == null ? NO_ADDRESS : muted.contains(user.getId()) ? MUTED : PENDING;
            // Checked first, not caught: a duplicate key would spoil the step's transaction on PostgreSQL. Two steps
            // announcing the same key at once cannot happen (one task, one timer); the constraint stays the guard.
            if (jdbc.queryForObject("select count(*) from dxflow_notification where dedup_key = ? and user_id = ?",
                    Integer.class, message.dedupKey(), user.getId()) == 0) {
                jdbc.update("insert into dxflow_notification (user_id, kind, dedup_key, subject, body, link, created_at, "
                        + "email, email_status, email_next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        user.getId(), message.kind().name(), message.dedupKey(), message.subject(), message.body(),
                        message.link(), now, email, status, now);
            }
        }
    }

    private Map<String, User> recipients(Message message) {
        Map<String, User> recipients = new LinkedHashMap<>();
        for (String groupId : message.groupIds()) {
            identity.createUserQuery().memberOfGroup(groupId).list().forEach(user -> recipients.putIfAbsent(user.getId(), user));
        }
        List<String> named = message.userIds().stream().filter(id -> id != null && !recipients.containsKey(id)).toList();
        if (!named.isEmpty()) {
            identity.createUserQuery().userIdIn(named.toArray(String[]::new)).list()
                    .forEach(user -> recipients.putIfAbsent(user.getId(), user));
        }
        return recipients;
    }

    private Set<String> muted(Set<String> userIds) {
        String placeholders = userIds.stream().map(id -> "?").collect(Collectors.joining(","));
        return Set.copyOf(jdbc.queryForList("select user_id from dxflow_notification_setting where email_muted = true "
                + "and user_id in (" + placeholders + ")", String.class, userIds.toArray()));
    }
}
