package vn.dxflow.report;

import java.util.List;
import java.util.Map;

/**
 * Mẫu 01, the commune's report on its criteria, with Phụ lục 01 (seed 001, section 2.5 of domain/process.md).
 *
 * @param basis    the documents the preamble cites ("Thực hiện …;"), from the campaign
 * @param sections the narrative the unit writes, by section: leadership, communication, policies (I.1-3),
 *                 advantages, difficulties, causes (III.1.1-3), models (III.2), tasks (IV), proposals (V);
 *                 a section without text prints a dotted line for the drafter
 */
public record SelfAssessmentReport(
        Letterhead letterhead,
        String unitName,
        String districtName,
        int year,
        List<String> basis,
        List<CriterionGroupRows> groups,
        Map<String, String> sections) implements Report {

    public SelfAssessmentReport {
        basis = List.copyOf(basis);
        groups = List.copyOf(groups);
        sections = Map.copyOf(sections);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.MAU_01;
    }

    @Override
    public String title() {
        return "Báo cáo kết quả thực hiện các tiêu chí chuyển đổi số - " + unitName + " - năm " + year;
    }
}
