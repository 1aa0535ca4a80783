package vn.dxflow.cycle;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Decides on the server clock whether a dossier is on time (BRIEF section 2.4): the timer only tells people
 * that the deadline passed, and it may fire late, so the receipt itself is compared with the configured
 * deadline.
 */
@Component
public class CutOff {

    /** When a dossier was received, and whether that was after the deadline. */
    public record Receipt(Instant receivedAt, Instant deadline, boolean late) {
    }

    private final Campaigns campaigns;

    CutOff(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    public Receipt receive(String campaignId, Stage stage) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant deadline = campaigns.get(campaignId).calendar().cutOff(stage);
        return new Receipt(now, deadline, !now.isBefore(deadline));
    }
}
