package vn.dxflow.cycle;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Opens the demo campaigns of the default run ({@code dxflow.demo.campaigns}) once, at the first start. */
@Component
class DemoCampaigns {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final List<String> ids;
    private final Campaigns campaigns;
    private final CampaignOpener opener;

    DemoCampaigns(@Value("${dxflow.demo.campaigns:}") List<String> ids, Campaigns campaigns, CampaignOpener opener) {
        this.ids = ids;
        this.campaigns = campaigns;
        this.opener = opener;
    }

    @EventListener(ApplicationReadyEvent.class)
    void openOnce() {
        for (String id : ids) {
            if (id.isBlank() || campaigns.find(id).isEmpty()) {
                continue;
            }
            try {
                log.info("Demo campaign {} opened: process instance {}", id, opener.open(id));
            } catch (CampaignOpener.AlreadyOpenException e) {
                log.debug("Demo campaign {} is already open", id);
            } catch (RuntimeException e) {
                // A demo convenience must never stop the application.
                log.warn("Demo campaign {} could not be opened", id, e);
            }
        }
    }
}
