package vn.dxflow.cycle;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The reminders the models' timers fired, kept in table {@code dxflow_reminder} so that notifications (e-mail,
 * Zalo, the document system) can send them later and know what is still unsent.
 */
@Component
public class ReminderLog {

    /**
     * One recorded reminder: {@code daysBefore} is the number of days (started) left when it fired, so a
     * notification says what is true when it is sent; 0 when the deadline itself has passed.
     */
    public record Reminder(String processInstanceId, String unitCode, String campaignId, Stage stage, int daysBefore,
            Instant deadline, Instant recordedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Campaigns campaigns;

    ReminderLog(JdbcTemplate jdbc, Campaigns campaigns) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    Reminder record(String processInstanceId, String unitCode, String campaignId, Stage stage) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant deadline = campaigns.get(campaignId).calendar().cutOff(stage);
        long hoursLeft = Duration.between(now, deadline).toHours();
        int daysBefore = hoursLeft <= 0 ? 0 : (int) Math.ceil(hoursLeft / 24.0);
        jdbc.update("insert into dxflow_reminder (process_instance_id, unit_code, campaign_id, stage, days_before, "
                + "deadline_at, recorded_at) values (?, ?, ?, ?, ?, ?, ?)", processInstanceId, unitCode, campaignId,
                stage.name(), daysBefore, deadline.atOffset(ZoneOffset.UTC), now.atOffset(ZoneOffset.UTC));
        return new Reminder(processInstanceId, unitCode, campaignId, stage, daysBefore, deadline, now);
    }

    public List<Reminder> ofProcessInstance(String processInstanceId) {
        return jdbc.query("select * from dxflow_reminder where process_instance_id = ? order by id",
                (rs, row) -> new Reminder(rs.getString("process_instance_id"), rs.getString("unit_code"),
                        rs.getString("campaign_id"), Stage.valueOf(rs.getString("stage")), rs.getInt("days_before"),
                        rs.getObject("deadline_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()),
                processInstanceId);
    }
}
