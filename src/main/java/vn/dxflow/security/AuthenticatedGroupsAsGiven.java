package vn.dxflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Authorization checks use the user's groups as they are. Camunda first narrows them to the groups that hold any
 * authorization, which it learns by reading every distinct group of {@code ACT_RU_AUTHORIZATION} once per command;
 * DXFlow grants per unit, task and instance, so that table grows with the campaign (tens of thousands of rows in a
 * national one) and the read became most of a task completion's cost. The narrowing only shortens the SQL's
 * {@code IN} list for users in hundreds of groups; DXFlow's users are in one to three, and a group without any
 * authorization matches no row either way, so every check decides exactly as before.
 */
@Component
class AuthenticatedGroupsAsGiven extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Unfiltered();
            }
        });
    }

    private static final class Unfiltered extends AuthorizationManager {
        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
