package vn.dxflow.cycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code documents} section of a campaign file ({@link CampaignConfig.Documents}): the legal basis as a list of
 * texts, each optionally limited to some reports, the offices the documents name, and the steering-committee
 * members' agencies. Every entry is checked; problems are added to the parser's list.
 */
final class DocumentsSection {

    /** The slugs of the reports (vn.dxflow.report.ReportKind), which a basis entry may be limited to. */
    static final List<String> REPORTS =
            List.of("mau-01", "mau-02", "mau-03", "mau-04", "quyet-dinh", "khong-cong-nhan", "tong-hop");
    static final String DEFAULT_DISTRICT_OFFICE = "Phòng Văn hóa, Khoa học và Thông tin";

    private final List<CampaignFileException.Problem> problems;

    DocumentsSection(List<CampaignFileException.Problem> problems) {
        this.problems = problems;
    }

    CampaignConfig.Documents parse(JsonNode node) {
        List<CampaignConfig.Basis> basis = new ArrayList<>();
        JsonNode entries = node.path("basis");
        if (!entries.isMissingNode() && !entries.isArray()) {
            problem("documents.basis", "must be a list", "phải là một danh sách");
        }
        for (int i = 0; i < entries.size(); i++) {
            basis(entries.get(i), "documents.basis[" + i + "]", basis);
        }
        Map<String, String> agencies = new LinkedHashMap<>();
        node.path("agencies").fields().forEachRemaining(entry -> {
            String agency = entry.getValue().asText("").strip();
            if (agency.isEmpty()) {
                problem("documents.agencies." + entry.getKey(), "names no agency", "chưa ghi tên cơ quan");
            }
            agencies.put(entry.getKey(), agency);
        });
        String department = node.path("department").asText("").strip();
        String districtOffice = node.path("districtOffice").asText("").strip();
        return new CampaignConfig.Documents(basis, department.isEmpty() ? null : department,
                districtOffice.isEmpty() ? DEFAULT_DISTRICT_OFFICE : districtOffice, agencies);
    }

    private void basis(JsonNode entry, String field, List<CampaignConfig.Basis> basis) {
        String text = (entry.isTextual() ? entry : entry.path("text")).asText("").strip();
        if (text.isEmpty()) {
            problem(field, "names no document", "chưa ghi văn bản căn cứ");
            return;
        }
        List<String> reports = new ArrayList<>();
        entry.path("reports").forEach(report -> reports.add(report.asText("")));
        List<String> unknown = reports.stream().filter(report -> !REPORTS.contains(report)).toList();
        if (!unknown.isEmpty()) {
            problem(field + ".reports", "unknown reports " + unknown + " (known: " + REPORTS + ")",
                    "không có báo cáo " + unknown + " (các báo cáo: " + String.join(", ", REPORTS) + ")");
        }
        // "Căn cứ …;" and "Thực hiện …;" are printed around the text: a trailing semicolon or period would double.
        basis.add(new CampaignConfig.Basis(text.replaceAll("[;.]+$", ""), reports));
    }

    private void problem(String field, String english, String vietnamese) {
        problems.add(new CampaignFileException.Problem(field, english, vietnamese));
    }
}
