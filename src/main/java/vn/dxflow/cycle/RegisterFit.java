package vn.dxflow.cycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.UnitKind;

/**
 * What a campaign asks of a register of units: its province is a province there, and no track sends communes to a
 * district where they sit directly under the province (two tiers). Checked when the file is read, against every
 * installed unit, and again when the campaign opens, against the register in force that day.
 */
final class RegisterFit {

    private static final List<String> STEPS = List.of("receiving", "appraisal", "recognition");

    private RegisterFit() {
    }

    static List<CampaignFileException.Problem> problems(String province, Map<UnitKind.Tier, CampaignConfig.Track> tracks,
            OrgChart register) {
        List<CampaignFileException.Problem> problems = new ArrayList<>();
        if (province.isEmpty()) {
            return problems;
        }
        var unit = register.find(province);
        if (unit.isEmpty()) {
            problems.add(new CampaignFileException.Problem("province", "unknown unit code '" + province + "'",
                    "không có đơn vị mã '" + province + "'"));
            return problems;
        }
        if (unit.get().tier() != UnitKind.Tier.PROVINCE) {
            problems.add(new CampaignFileException.Problem("province", "unit " + province + " is not a province",
                    "đơn vị " + province + " không phải cấp tỉnh"));
            return problems;
        }
        List<String> orphans = register.children(province).stream()
                .filter(child -> child.tier() == UnitKind.Tier.COMMUNE).map(OrgUnit::code).toList();
        tracks.forEach((tier, track) -> {
            String prefix = "tracks." + tier.name().toLowerCase(java.util.Locale.ROOT) + ".";
            List<CampaignConfig.Authority> authorities = Arrays.asList(track.receiving(), track.appraisal(),
                    track.recognition());
            for (int i = 0; i < STEPS.size(); i++) {
                if (authorities.get(i) == CampaignConfig.Authority.DISTRICT && !orphans.isEmpty()) {
                    problems.add(new CampaignFileException.Problem(prefix + STEPS.get(i), "communes " + orphans
                            + " sit directly under the province (two-tier): use province",
                            "các xã " + orphans + " trực thuộc tỉnh (mô hình hai cấp): phải chọn province"));
                }
            }
        });
        return problems;
    }
}
