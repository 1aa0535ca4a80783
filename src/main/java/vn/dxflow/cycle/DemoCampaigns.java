package vn.dxflow.cycle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo campaigns of the default run ({@code dxflow.demo.campaigns}, templates {@code demo/<name>.yaml}): at the
 * first start each becomes a campaign of the current year with its dates counted from that day, saved in the data
 * folder like an administrator's file, and opened. Later starts find it saved (its dates kept) and already open.
 */
@Component
class DemoCampaigns {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final List<String> templates;
    private final Campaigns campaigns;
    private final CampaignOpener opener;
    private final Path folder;

    DemoCampaigns(@Value("${dxflow.demo.campaigns:}") List<String> templates, Campaigns campaigns,
                  CampaignOpener opener, @Value("${dxflow.data-dir}") Path dataDir) {
        this.templates = templates;
        this.campaigns = campaigns;
        this.opener = opener;
        this.folder = dataDir.resolve("campaigns");
    }

    @EventListener(ApplicationReadyEvent.class)
    void openOnce() {
        LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), CampaignConfig.ZONE);
        for (String name : templates) {
            if (name.isBlank()) {
                continue;
            }
            try {
                String id = campaignOf(DemoCampaignTemplate.named(name.strip()), today);
                log.info("Demo campaign {} opened: process instance {}", id, opener.open(id));
            } catch (CampaignOpener.AlreadyOpenException e) {
                log.debug("Demo campaign {} is already open", name);
            } catch (IOException | RuntimeException e) {
                // A demo convenience must never stop the application.
                log.warn("Demo campaign {} could not be opened", name, e);
            }
        }
    }

    /** The template's campaign of this year: saved at an earlier start, or made now with dates from today. */
    private String campaignOf(DemoCampaignTemplate template, LocalDate today) throws IOException {
        String yaml = template.filledFor(today);
        CampaignConfig config = campaigns.check(template.source(),
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        if (campaigns.find(config.id()).isEmpty()) {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(config.id() + ".yaml"), yaml);
            campaigns.use(config);
            log.info("Demo campaign {} made from {} with dates from {}", config.id(), template.source(), today);
        }
        return config.id();
    }
}
