package vn.dxflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;

/** What the demo organisation must contain, whatever the database. */
final class DemoData {

    private DemoData() {
    }

    static void assertLoaded(IdentityService identity) {
        // 17 communes × 2 roles + Bảo Yên × 4 + Lào Cai × 5 + Bình Phước × 5 + its 5 communes × 2
        assertThat(identity.createGroupQuery().groupType("WORKFLOW").count()).isEqualTo(58);
        assertThat(identity.createGroupQuery().groupId("officer02947").singleResult().getName())
                .isEqualTo("Cán bộ UBND - Thị trấn Phố Ràng");
        assertThat(identity.createGroupQuery().groupId("receiving087").singleResult().getName())
                .isEqualTo("Bộ phận tiếp nhận hồ sơ - Huyện Bảo Yên");
        assertThat(identity.checkPassword("officer02947", "demo")).isTrue();
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
    }
}
