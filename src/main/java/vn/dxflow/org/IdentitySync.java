package vn.dxflow.org;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's groups in step with the organisation chart: one group per unit and role, each allowed into
 * Tasklist and to read filters and process definitions (task and instance data stay behind per-object
 * authorizations). Creates the demo users when enabled. Idempotent, so it runs at every start.
 */
@Component
class IdentitySync {

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);

    private final OrgChart chart;
    private final OrgProperties properties;
    private final IdentityService identity;
    private final AuthorizationService authorizations;

    IdentitySync(OrgChart chart, OrgProperties properties, IdentityService identity,
            AuthorizationService authorizations) {
        this.chart = chart;
        this.properties = properties;
        this.identity = identity;
        this.authorizations = authorizations;
    }

    @EventListener(PostDeployEvent.class)
    void synchronise() {
        int groups = 0;
        int users = 0;
        for (OrgUnit unit : chart.all()) {
            for (Role role : Role.values()) {
                if (!role.existsAt(unit.tier())) {
                    continue;
                }
                String groupId = role.groupId(unit.code());
                ensureGroup(groupId, role.title() + " - " + unit.name());
                groups++;
                if (properties.demoUsers()) {
                    ensureDemoUser(groupId, role, unit);
                    users++;
                }
            }
        }
        log.info("Organisation synchronised: {} units, {} groups, {} demo users", chart.all().size(), groups, users);
    }

    private void ensureGroup(String groupId, String name) {
        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        if (group == null) {
            group = identity.newGroup(groupId);
            group.setType("WORKFLOW");
        }
        if (!name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
        grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(groupId, Resources.FILTER, Authorization.ANY, Permissions.READ);
        grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    }

    private void ensureDemoUser(String userId, Role role, OrgUnit unit) {
        if (identity.createUserQuery().userId(userId).count() > 0) {
            return;
        }
        User user = identity.newUser(userId);
        user.setFirstName(role.title());
        user.setLastName(unit.name());
        user.setEmail(userId + "@demo.dxflow.vn");
        user.setPassword(properties.demoPassword());
        identity.saveUser(user);
        identity.createMembership(userId, userId);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        List<Authorization> existing = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list();
        if (existing.stream().anyMatch(auth -> auth.isPermissionGranted(permission))) {
            return;
        }
        Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        auth.setGroupId(groupId);
        auth.setResource(resource);
        auth.setResourceId(resourceId);
        auth.addPermission(permission);
        authorizations.saveAuthorization(auth);
    }
}
