package vn.dxflow.report;

import java.util.List;
import vn.dxflow.cycle.CampaignConfig;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.UnitKind;

/**
 * What every report of one assessment needs to know about its unit, its campaign and the bodies that act on it.
 *
 * @param parent     the unit directly above (the district, or the province with two tiers)
 * @param appraiser  the unit whose council appraises (the campaign's authority for the unit's tier)
 * @param department the province's department that verifies and reports
 */
record Facts(AssessmentRecord record, OrgUnit unit, OrgUnit parent, OrgUnit appraiser, OrgUnit province,
        CampaignConfig campaign, String department) {

    /** "xã Lương Sơn", as running text names the unit. */
    String unitName() {
        return UnitNames.inText(unit);
    }

    /** "huyện Bảo Yên" after the unit's name, or null when the unit is directly under the province. */
    String districtName() {
        return parent.tier() == UnitKind.Tier.DISTRICT ? UnitNames.inText(parent) : null;
    }

    /** "cấp xã" or "cấp huyện". */
    String tier() {
        return Wording.tier(unit.tier());
    }

    int year() {
        return campaign.year();
    }

    List<String> basis(ReportKind kind) {
        return campaign.documents().basisOf(kind.slug());
    }

    /** "Ủy ban nhân dân huyện Bảo Yên". */
    static String committee(OrgUnit unit) {
        return "Ủy ban nhân dân " + UnitNames.inText(unit);
    }
}
