package vn.dxflow.org;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of administrative units (loại đơn vị hành chính), as written in the units file. */
public enum UnitKind {
    PROVINCE("tỉnh", Tier.PROVINCE),
    CENTRAL_CITY("thành phố trực thuộc trung ương", Tier.PROVINCE),
    RURAL_DISTRICT("huyện", Tier.DISTRICT),
    URBAN_DISTRICT("quận", Tier.DISTRICT),
    DISTRICT_TOWN("thị xã", Tier.DISTRICT),
    PROVINCIAL_CITY("thành phố", Tier.DISTRICT),
    COMMUNE("xã", Tier.COMMUNE),
    WARD("phường", Tier.COMMUNE),
    TOWNSHIP("thị trấn", Tier.COMMUNE),
    // Since 1 July 2025: the 13 special zones (mostly islands, such as Phú Quốc and Côn Đảo), at commune level.
    SPECIAL_ZONE("đặc khu", Tier.COMMUNE);

    /** Level of government the kind belongs to (cấp tỉnh, cấp huyện, cấp xã). */
    public enum Tier { PROVINCE, DISTRICT, COMMUNE }

    private final String label;
    private final Tier tier;

    UnitKind(String label, Tier tier) {
        this.label = label;
        this.tier = tier;
    }

    public String label() {
        return label;
    }

    public Tier tier() {
        return tier;
    }

    static Optional<UnitKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equalsIgnoreCase(label.strip())).findFirst();
    }
}
