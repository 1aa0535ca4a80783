package vn.dxflow.notification;

import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.security.UnitAccess;

/**
 * {@code /api/notifications}: the signed-in user's notifications, read marks and e-mail choice (each user sees and
 * changes only his own); {@code /api/admin/mail-outbox}: what was and was not sent, for administrators.
 */
@RestController
class NotificationController {

    record EmailChoice(boolean emailMuted) {
    }

    private final UnitAccess access;
    private final Inbox inbox;

    NotificationController(UnitAccess access, Inbox inbox) {
        this.access = access;
        this.inbox = inbox;
    }

    @GetMapping("/api/notifications")
    Inbox.Page mine() {
        return inbox.of(access.currentUser().userId());
    }

    @PostMapping("/api/notifications/{id}/read")
    ResponseEntity<?> read(@PathVariable long id) {
        return inbox.markRead(access.currentUser().userId(), id) ? ResponseEntity.noContent().build()
                : ResponseEntity.status(404).body(Map.of("message", "Không tìm thấy thông báo này của bạn."));
    }

    @PostMapping("/api/notifications/read")
    ResponseEntity<Void> readAll() {
        inbox.markAllRead(access.currentUser().userId());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/notifications/settings")
    EmailChoice settings(@RequestBody EmailChoice choice) {
        inbox.muteEmail(access.currentUser().userId(), choice.emailMuted());
        return choice;
    }

    @GetMapping("/api/admin/mail-outbox")
    List<Inbox.OutboxItem> outbox() {
        access.requireAdmin();
        return inbox.outbox();
    }
}
