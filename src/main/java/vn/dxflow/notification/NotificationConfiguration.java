package vn.dxflow.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The outbox is emptied every {@code dxflow.notifications.send-every} on every node (off in the tests, which call it). */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Configuration
    @EnableScheduling
    @ConditionalOnProperty(name = "dxflow.notifications.sending", havingValue = "true", matchIfMissing = true)
    static class Sending {

        private final MailOutbox outbox;

        Sending(MailOutbox outbox) {
            this.outbox = outbox;
        }

        @Scheduled(fixedDelayString = "${dxflow.notifications.send-every:PT30S}", initialDelayString = "PT10S")
        void send() {
            outbox.sendDue();
        }
    }
}
