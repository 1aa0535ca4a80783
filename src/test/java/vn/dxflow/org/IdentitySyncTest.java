package vn.dxflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dxflow.DxflowSpringTest;

/** Start-up set-up of groups, grants and demo users is incremental: only units whose line changed are touched. */
@DxflowSpringTest
class IdentitySyncTest {

    @Autowired
    IdentitySync sync;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyUserMayEnterTasklistAndReadFiltersAndModels() {
        List<String> groups = List.of("officer02842");

        assertThat(authorizations.isUserAuthorized("officer02842", groups, Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).isTrue();
        assertThat(authorizations.isUserAuthorized("officer02842", groups, Permissions.READ, Resources.FILTER,
                "any-filter")).isTrue();
        assertThat(authorizations.isUserAuthorized("officer02842", groups, Permissions.READ,
                Resources.PROCESS_DEFINITION, "UnitAssessment")).isTrue();
        assertThat(authorizations.isUserAuthorized("officer02842", groups, Permissions.ACCESS, Resources.APPLICATION,
                "cockpit")).isFalse();
    }

    @Test
    void aStartWithAnUnchangedUnitsFileSetsNothingUp() {
        assertThat(sync.synchronise()).isZero();
    }

    @Test
    void aUnitWhoseSetUpIsUnknownIsSetUpAgainAloneAndCompletely() {
        // As if the unit had just been added to the units file: no fingerprint, its group and user gone.
        jdbc.update("delete from dxflow_identity_sync where unit_code = '02842'");
        identity.deleteUser("chairman02842");
        identity.deleteGroup("chairman02842");

        assertThat(sync.synchronise()).isEqualTo(1);

        assertThat(identity.createGroupQuery().groupId("chairman02842").singleResult().getName())
                .isEqualTo("Chủ tịch UBND - Xã Lương Sơn");
        assertThat(identity.createUserQuery().userId("chairman02842").memberOfGroup("chairman02842").count()).isEqualTo(1);
        assertThat(identity.checkPassword("chairman02842", "demo")).isTrue();
        assertThat(sync.synchronise()).isZero();
    }
}
