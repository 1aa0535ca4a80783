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
        List<String> groups = List.of("officer02992");

        assertThat(authorizations.isUserAuthorized("officer02992", groups, Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).isTrue();
        assertThat(authorizations.isUserAuthorized("officer02992", groups, Permissions.READ, Resources.FILTER,
                "any-filter")).isTrue();
        assertThat(authorizations.isUserAuthorized("officer02992", groups, Permissions.READ,
                Resources.PROCESS_DEFINITION, "UnitAssessment")).isTrue();
        assertThat(authorizations.isUserAuthorized("officer02992", groups, Permissions.ACCESS, Resources.APPLICATION,
                "cockpit")).isFalse();
    }

    @Test
    void aStartWithAnUnchangedUnitsFileSetsNothingUp() {
        assertThat(sync.synchronise()).isZero();
    }

    @Test
    void aUnitWhoseSetUpIsUnknownIsSetUpAgainAloneAndCompletely() {
        // As if the unit had just been added to the units file: no fingerprint, its group and user gone.
        jdbc.update("delete from dxflow_identity_sync where unit_code = '02992'");
        identity.deleteUser("chairman02992");
        identity.deleteGroup("chairman02992");

        assertThat(sync.synchronise()).isEqualTo(1);

        assertThat(identity.createGroupQuery().groupId("chairman02992").singleResult().getName())
                .isEqualTo("Chủ tịch UBND - Xã Lương Sơn");
        assertThat(identity.createUserQuery().userId("chairman02992").memberOfGroup("chairman02992").count()).isEqualTo(1);
        assertThat(identity.checkPassword("chairman02992", "demo")).isTrue();
        assertThat(sync.synchronise()).isZero();
    }
}
