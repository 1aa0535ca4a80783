package vn.dxflow.org;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of BRIEF section 1. Each role exists once per unit of the tiers listed here, as a Camunda group
 * whose id is the role key followed by the unit code ({@code officer02947}); Camunda's id whitelist allows
 * letters and digits only, so the id needs no separator.
 */
public enum Role {
    OFFICER("officer", "Cán bộ UBND", EnumSet.of(UnitKind.Tier.COMMUNE, UnitKind.Tier.DISTRICT)),
    CHAIRMAN("chairman", "Chủ tịch UBND", EnumSet.allOf(UnitKind.Tier.class)),
    RECEIVING("receiving", "Bộ phận tiếp nhận hồ sơ", EnumSet.of(UnitKind.Tier.DISTRICT, UnitKind.Tier.PROVINCE)),
    APPRAISAL("appraisal", "Hội đồng thẩm định", EnumSet.of(UnitKind.Tier.DISTRICT, UnitKind.Tier.PROVINCE)),
    STEERING("steering", "Thành viên Ban Chỉ đạo chuyển đổi số", EnumSet.of(UnitKind.Tier.PROVINCE)),
    DEPARTMENT("department", "Sở thẩm tra", EnumSet.of(UnitKind.Tier.PROVINCE));

    /** Camunda's built-in administrators group: Cockpit, Admin and every DXFlow administration page. */
    public static final String ADMIN_GROUP = "camunda-admin";

    private final String key;
    private final String title;
    private final Set<UnitKind.Tier> tiers;

    Role(String key, String title, Set<UnitKind.Tier> tiers) {
        this.key = key;
        this.title = title;
        this.tiers = tiers;
    }

    public String key() {
        return key;
    }

    /** Vietnamese title of the role, as shown in group names. */
    public String title() {
        return title;
    }

    public boolean existsAt(UnitKind.Tier tier) {
        return tiers.contains(tier);
    }

    /** The group of this role in the given unit. */
    public String groupId(String unitCode) {
        return key + unitCode;
    }

    /** The role and unit code a DXFlow group id stands for, if it is one. */
    public static Optional<Membership> parseGroupId(String groupId) {
        return Arrays.stream(values())
                .filter(role -> groupId.startsWith(role.key) && groupId.length() > role.key.length())
                .findFirst()
                .map(role -> new Membership(role, groupId.substring(role.key.length())));
    }

    /** A user's place in the organisation: one role in one unit. */
    public record Membership(Role role, String unitCode) {
    }
}
