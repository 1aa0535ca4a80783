package vn.dxflow.cycle;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Timer dates for the models, as absolute ISO dates with the +07:00 offset (BRIEF section 7: Camunda parses
 * ISO dates in a cached default zone, so the offset must be explicit). Used from the BPMN as
 * {@code ${deadlines.due(campaignId, 'SELF_ASSESSMENT')}} and {@code ${deadlines.reminder(campaignId, 'SELF_ASSESSMENT', 1)}}.
 */
@Component("deadlines")
public class Deadlines {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** A reminder that is not configured, or already past, is pushed beyond the deadline so it never fires. */
    private static final long NEVER_DAYS_AFTER_DEADLINE = 366;
    /** Supplement time when the appraiser gives none: a short deadline, as BRIEF section 2.5 asks. */
    static final int DEFAULT_SUPPLEMENT_DAYS = 5;

    private final Campaigns campaigns;

    Deadlines(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public String due(String campaignId, String stage) {
        return iso(cutOff(campaignId, stage));
    }

    /** The n-th reminder (1 = earliest) before the stage's deadline. */
    public String reminder(String campaignId, String stage, int n) {
        CampaignConfig campaign = campaigns.get(campaignId);
        Instant deadline = cutOff(campaignId, stage);
        List<Integer> days = campaign.reminderDays();
        if (n >= 1 && n <= days.size()) {
            Instant at = deadline.minus(Duration.ofDays(days.get(n - 1)));
            if (at.isAfter(ClockUtil.getCurrentTime().toInstant())) {
                return iso(at);
            }
        }
        return iso(deadline.plus(Duration.ofDays(NEVER_DAYS_AFTER_DEADLINE)));
    }

    /**
     * End of the day {@code days} days from now (Vietnam time), but never after the appraisal deadline: the
     * supplement must come back while the council can still appraise it.
     */
    String supplement(String campaignId, int days) {
        Instant end = ClockUtil.getCurrentTime().toInstant().atZone(CampaignConfig.ZONE).toLocalDate()
                .plusDays(Math.max(1, days) + 1L).atStartOfDay(CampaignConfig.ZONE).toInstant();
        Instant appraisal = cutOff(campaignId, Stage.APPRAISAL.name());
        return iso(end.isAfter(appraisal) ? appraisal : end);
    }

    Instant cutOff(String campaignId, String stage) {
        return campaigns.get(campaignId).calendar().cutOff(Stage.valueOf(stage));
    }

    private static String iso(Instant instant) {
        return OffsetDateTime.ofInstant(instant, CampaignConfig.ZONE).format(ISO);
    }
}
