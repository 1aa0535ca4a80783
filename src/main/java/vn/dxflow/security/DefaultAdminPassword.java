package vn.dxflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Refuses to start a production installation (demo users off) while the administrator still has the published
 * default password: anyone who read the README would be administrator. Checked against the stored password, so a
 * password changed in Camunda Admin counts even when DXFLOW_ADMIN_PASSWORD was never set.
 */
@Component
class DefaultAdminPassword implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DefaultAdminPassword.class);
    static final String DEFAULT_PASSWORD = "demo";

    private final IdentityService identity;
    private final boolean demoUsers;
    private final String adminId;

    DefaultAdminPassword(IdentityService identity, @Value("${dxflow.org.demo-users}") boolean demoUsers,
            @Value("${camunda.bpm.admin-user.id:admin}") String adminId) {
        this.identity = identity;
        this.demoUsers = demoUsers;
        this.adminId = adminId;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (demoUsers) {
            return;
        }
        if (identity.checkPassword(adminId, DEFAULT_PASSWORD)) {
            log.error("Administrator '{}' still has the default password while demo users are off: set "
                    + "DXFLOW_ADMIN_PASSWORD (or change it in Camunda Admin) and start again", adminId);
            throw new IllegalStateException("Refusing to start: administrator '" + adminId
                    + "' has the default password and DXFLOW_DEMO_USERS is false");
        }
    }
}
