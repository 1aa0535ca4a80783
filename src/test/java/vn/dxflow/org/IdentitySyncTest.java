package vn.dxflow.org;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
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
    void aStartWithAnUnchangedUnitsFileSetsNothingUp() {
        assertThat(sync.synchronise()).isZero();
    }

    @Test
    void aUnitWhoseSetUpIsUnknownIsSetUpAgainAloneAndCompletely() {
        // As if the unit had just been added to the units file: no fingerprint, its grants gone.
        jdbc.update("delete from dxflow_identity_sync where unit_code = '02842'");
        authorizations.createAuthorizationQuery().groupIdIn("officer02842").list()
                .forEach(auth -> authorizations.deleteAuthorization(auth.getId()));
        identity.deleteUser("chairman02842");

        assertThat(sync.synchronise()).isEqualTo(1);

        assertThat(authorizations.createAuthorizationQuery().groupIdIn("officer02842")
                .resourceType(Resources.APPLICATION).resourceId("tasklist").count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().groupIdIn("officer02842").count()).isEqualTo(3);
        assertThat(identity.createUserQuery().userId("chairman02842").memberOfGroup("chairman02842").count()).isEqualTo(1);
        assertThat(identity.checkPassword("chairman02842", "demo")).isTrue();
        assertThat(sync.synchronise()).isZero();
    }
}
