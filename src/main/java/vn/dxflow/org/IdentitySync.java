package vn.dxflow.org;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.dxflow.cluster.ClusterLocks;

/**
 * Keeps Camunda's groups in step with the organisation chart: one group per unit and role, and the demo users when
 * enabled. Every user may enter Tasklist and read filters and process definitions (global grants, made once; task
 * and instance data stay behind per-object authorizations). Incremental: a unit is set up again only when its line
 * of the units file (or the demo setting) changed since the last start, in batches of one engine command each, so a
 * warm start of the national register does almost nothing. Nodes of a cluster take turns.
 */
@Component
class IdentitySync {

    private static final Logger log = LoggerFactory.getLogger(IdentitySync.class);
    /** Changes when what a unit's set-up consists of changes, so that every unit is set up again once. */
    private static final String SETUP_VERSION = "1";
    private static final int BATCH = 100;
    private static final List<Grant> EVERYONE_GRANTS = List.of(
            new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
            new Grant(Resources.FILTER, Authorization.ANY, Permissions.READ),
            new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ));

    private final OrgChart chart;
    private final OrgProperties properties;
    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final ProcessEngineConfigurationImpl engine;
    private final JdbcTemplate jdbc;
    private final ClusterLocks locks;

    IdentitySync(OrgChart chart, OrgProperties properties, IdentityService identity,
            AuthorizationService authorizations, ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc,
            ClusterLocks locks) {
        this.chart = chart;
        this.properties = properties;
        this.identity = identity;
        this.authorizations = authorizations;
        this.engine = engine;
        this.jdbc = jdbc;
        this.locks = locks;
    }

    private record Grant(Resource resource, String resourceId, Permission permission) {
    }

    /** @return how many units were set up again */
    @EventListener(PostDeployEvent.class)
    int synchronise() {
        return locks.exclusive("identity-sync", () -> {
            long started = System.nanoTime();
            grantEveryone();
            Map<String, String> synced = new HashMap<>();
            jdbc.query("select unit_code, fingerprint from dxflow_identity_sync",
                    rs -> { synced.put(rs.getString(1), rs.getString(2)); });
            List<OrgUnit> changed = chart.all().stream()
                    .filter(unit -> !fingerprint(unit).equals(synced.get(unit.code()))).toList();
            for (int from = 0; from < changed.size(); from += BATCH) {
                List<OrgUnit> batch = changed.subList(from, Math.min(from + BATCH, changed.size()));
                // One engine command per batch: the services called inside join it, so its inserts are written
                // together at its end, in the same transaction as the fingerprints.
                engine.getCommandExecutorTxRequired().execute(commandContext -> {
                    setUp(batch);
                    return null;
                });
            }
            log.info("Organisation synchronised: {} units, {} set up again, in {} ms", chart.all().size(),
                    changed.size(), (System.nanoTime() - started) / 1_000_000);
            return changed.size();
        });
    }

    private void setUp(List<OrgUnit> units) {
        Map<String, OrgUnit> unitOfGroup = new HashMap<>();
        Map<String, Role> roleOfGroup = new HashMap<>();
        for (OrgUnit unit : units) {
            for (Role role : Role.values()) {
                if (role.existsAt(unit.tier())) {
                    unitOfGroup.put(role.groupId(unit.code()), unit);
                    roleOfGroup.put(role.groupId(unit.code()), role);
                }
            }
        }
        String[] groupIds = unitOfGroup.keySet().toArray(String[]::new);
        Map<String, Group> groups = identity.createGroupQuery().groupIdIn(groupIds).list().stream()
                .collect(Collectors.toMap(Group::getId, group -> group));
        Set<String> users = properties.demoUsers()
                ? identity.createUserQuery().userIdIn(groupIds).list().stream().map(User::getId).collect(Collectors.toSet())
                : Set.of();
        for (String groupId : groupIds) {
            String name = roleOfGroup.get(groupId).title() + " - " + unitOfGroup.get(groupId).name();
            saveGroup(groups.get(groupId), groupId, name);
            if (properties.demoUsers() && !users.contains(groupId)) {
                createDemoUser(groupId, roleOfGroup.get(groupId), unitOfGroup.get(groupId));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        units.forEach(unit -> rows.add(new Object[] {unit.code()}));
        jdbc.batchUpdate("delete from dxflow_identity_sync where unit_code = ?", rows);
        jdbc.batchUpdate("insert into dxflow_identity_sync (unit_code, fingerprint, synced_at) values (?, ?, ?)",
                units.stream().map(unit -> new Object[] {unit.code(), fingerprint(unit), now}).toList());
    }

    private void saveGroup(Group existing, String groupId, String name) {
        if (existing != null && name.equals(existing.getName())) {
            return;
        }
        Group group = existing != null ? existing : identity.newGroup(groupId);
        group.setType("WORKFLOW");
        group.setName(name);
        identity.saveGroup(group);
    }

    private void grantEveryone() {
        for (Grant grant : EVERYONE_GRANTS) {
            boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                    .resourceType(grant.resource()).resourceId(grant.resourceId()).list().stream()
                    .anyMatch(auth -> auth.isPermissionGranted(grant.permission()));
            if (!granted) {
                Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                auth.setUserId(Authorization.ANY);
                auth.setResource(grant.resource());
                auth.setResourceId(grant.resourceId());
                auth.addPermission(grant.permission());
                authorizations.saveAuthorization(auth);
            }
        }
    }

    private void createDemoUser(String userId, Role role, OrgUnit unit) {
        User user = identity.newUser(userId);
        user.setFirstName(role.title());
        user.setLastName(unit.name());
        user.setEmail(userId + "@demo.dxflow.vn");
        user.setPassword(properties.demoPassword());
        identity.saveUser(user);
        identity.createMembership(userId, userId);
    }

    /** What the unit's set-up depends on: its line of the units file and whether demo users exist. */
    private String fingerprint(OrgUnit unit) {
        String line = String.join("\u001f", SETUP_VERSION, unit.code(), unit.name(), unit.kind().name(),
                String.valueOf(unit.parentCode()), String.valueOf(properties.demoUsers()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
