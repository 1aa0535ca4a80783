package vn.dxflow.org;

/**
 * One administrative unit: official code, Vietnamese name, kind and parent (null for a province).
 */
public record OrgUnit(String code, String name, UnitKind kind, String parentCode) {

    public UnitKind.Tier tier() {
        return kind.tier();
    }
}
