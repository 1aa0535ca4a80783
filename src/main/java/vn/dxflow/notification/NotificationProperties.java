package vn.dxflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.notifications}: the address officials open DXFlow at (links in e-mails), the sender, and how the
 * outbox sends: every {@code sendEvery}, a claim held for {@code claimFor} by the node sending, up to
 * {@code maxAttempts} tries with waits doubling from one minute. E-mail goes out only when {@code spring.mail.host}
 * is set; without it the messages stay in the application (and on the administrators' outbox page).
 */
@ConfigurationProperties("dxflow.notifications")
record NotificationProperties(String publicUrl, String from, boolean sending, Duration sendEvery, Duration claimFor,
        int maxAttempts) {

    NotificationProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? "http://localhost:8080" : publicUrl.replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "DXFlow <khong-tra-loi@dxflow.local>" : from;
        sendEvery = sendEvery == null ? Duration.ofSeconds(30) : sendEvery;
        claimFor = claimFor == null ? Duration.ofMinutes(5) : claimFor;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
    }
}
