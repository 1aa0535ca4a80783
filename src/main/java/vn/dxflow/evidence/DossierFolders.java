package vn.dxflow.evidence;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;

/** Folder names a person browsing the repository understands: "2025/10 - Tỉnh Lào Cai/02947 - …/CQS-1". */
@Component
class DossierFolders {

    private final OrgChart orgChart;

    DossierFolders(OrgChart orgChart) {
        this.orgChart = orgChart;
    }

    List<String> of(String unitCode, int year, String criterion) {
        OrgUnit unit = orgChart.get(unitCode);
        OrgUnit province = orgChart.provinceOf(unitCode);
        return List.of(String.valueOf(year), folderName(province), folderName(unit), criterion);
    }

    private static String folderName(OrgUnit unit) {
        return unit.code() + " - " + unit.name().replaceAll("[/\\\\:*?\"<>|]", "_");
    }
}
