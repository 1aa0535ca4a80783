package vn.dxflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.notifications}: the address officials open DXFlow at (links in e-mails), the sender, and how the
 * outbox sends: a claim held for {@code claimFor} by the node sending, up to {@code maxAttempts} tries with waits
 * doubling from one minute. How often, and whether a node sends at all, are NotificationConfiguration's
 * ({@code send-every}, {@code sending}). E-mail goes out only when {@code spring.mail.host} is set; without it the messages stay
 * in the application (and in the administrators' outbox list).
 */
@ConfigurationProperties("dxflow.notifications")
record NotificationProperties(String publicUrl, String from, Duration claimFor, int maxAttempts) {

    NotificationProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "DXFlow <khong-tra-loi@dxflow.local>" : from;
        claimFor = claimFor == null ? Duration.ofMinutes(5) : claimFor;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
    }
}
