package vn.dxflow.security;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/admin/login-blocks}: the addresses and users currently made to wait, for administrators. */
@RestController
class LoginThrottleController {

    private final LoginThrottle throttle;
    private final UnitAccess access;

    LoginThrottleController(LoginThrottle throttle, UnitAccess access) {
        this.throttle = throttle;
        this.access = access;
    }

    @GetMapping("/api/admin/login-blocks")
    List<LoginThrottle.Block> blocks() {
        access.requireAdmin();
        return throttle.blocks();
    }
}
