package vn.dxflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import vn.dxflow.org.Role;

/**
 * Refuses to start a production installation (demo users off) while an administrator (the configured one, or any
 * member of camunda-admin) still has the published default password: anyone who read the README would be
 * administrator. Checked against the stored passwords, so a password changed in Camunda Admin counts even when
 * DXFLOW_ADMIN_PASSWORD was never set.
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
        java.util.Set<String> administrators = new java.util.TreeSet<>(java.util.List.of(adminId));
        identity.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).list().forEach(user -> administrators.add(user.getId()));
        for (String administrator : administrators) {
            if (identity.checkPassword(administrator, DEFAULT_PASSWORD)) {
                log.error("Administrator '{}' still has the default password while demo users are off: set "
                        + "DXFLOW_ADMIN_PASSWORD (or change it in Camunda Admin) and start again", administrator);
                throw new IllegalStateException("Refusing to start: administrator '" + administrator
                        + "' has the default password and DXFLOW_DEMO_USERS is false");
            }
        }
    }
}
