package vn.dxflow.report;

import java.util.Collection;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.UnitKind;

/**
 * The words documents use for tiers and offices, from the unit's tier and the campaign's authorities rather than
 * one tier written into the templates: "cấp xã" or "cấp huyện", the district's or the province's proposing office,
 * the heads who carry out a decision (Điều 3) and the body above that receives it for information (b/c).
 */
final class Wording {

    /** The ministry the province reports to (Kon Tum QĐ 121/QĐ-UBND, II.3). */
    static final String MINISTRY = "Bộ Khoa học và Công nghệ";

    private Wording() {
    }

    /** "cấp xã", "cấp huyện", "cấp tỉnh". */
    static String tier(UnitKind.Tier tier) {
        return switch (tier) {
            case COMMUNE -> "cấp xã";
            case DISTRICT -> "cấp huyện";
            case PROVINCE -> "cấp tỉnh";
        };
    }

    /** "cấp huyện và cấp xã" when both are assessed, else the one; the higher first. */
    static String tiers(Collection<UnitKind.Tier> tiers) {
        return tiers.contains(UnitKind.Tier.DISTRICT) && tiers.contains(UnitKind.Tier.COMMUNE) ? "cấp huyện và cấp xã"
                : tier(tiers.iterator().next());
    }

    /** Who proposes the recognition to the deciding committee (seed 003: "Theo đề nghị của Giám đốc Sở …"). */
    static String proposer(OrgUnit authority, String districtOffice, String department) {
        return authority.tier() == UnitKind.Tier.DISTRICT ? "Trưởng phòng " + withoutWord(districtOffice, "Phòng")
                : "Giám đốc " + department;
    }

    /**
     * Điều 3 of a decision: the office of the deciding committee (at district level the joint office of the
     * council and the committee; a province has its committee's own office), the proposing office, the agencies
     * concerned and the chairman of the recognised unit.
     */
    static String executors(OrgUnit authority, OrgUnit unit, String districtOffice, String department) {
        String office = authority.tier() == UnitKind.Tier.DISTRICT
                ? "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân " + UnitNames.inText(authority)
                : "Chánh Văn phòng Ủy ban nhân dân " + UnitNames.inText(authority);
        return office + "; " + proposer(authority, districtOffice, department)
                + "; Thủ trưởng các cơ quan, đơn vị có liên quan và Chủ tịch Ủy ban nhân dân " + UnitNames.inText(unit);
    }

    /** The body above the deciding committee, which receives its decisions for information ("(b/c)"). */
    static String above(OrgUnit authority, OrgUnit province) {
        return authority.tier() == UnitKind.Tier.DISTRICT ? "Ủy ban nhân dân " + UnitNames.inText(province) : MINISTRY;
    }

    /** "Sở TTTT" for "Sở Thông tin và Truyền thông", as the seed heads its column in Phụ lục 03. */
    static String shortName(String department) {
        String rest = withoutWord(department, "Sở");
        return rest.equals(department) ? department : "Sở " + UnitNames.initials(rest);
    }

    private static String withoutWord(String name, String word) {
        return name.regionMatches(true, 0, word + " ", 0, word.length() + 1) ? name.substring(word.length() + 1) : name;
    }
}
