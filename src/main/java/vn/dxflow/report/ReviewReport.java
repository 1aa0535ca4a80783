package vn.dxflow.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A review of one unit's dossier by a later stage, all three with the same outline (I. hồ sơ, II. kết quả,
 * III. mô hình, IV. kết luận, V. kiến nghị): Mẫu 02 (appraisal by the district, with Phụ lục 02), Mẫu 03
 * (a steering-committee member's opinion, a letter without appendix) and Mẫu 04 (verification by the
 * department, with Phụ lục 03).
 *
 * @param kind       MAU_02, MAU_03 or MAU_04
 * @param reviewer   the reviewing body as the body text names it ("Ủy ban nhân dân huyện Bảo Yên")
 * @param addressee  Mẫu 03 only, the letter's "Kính gửi"; null otherwise
 * @param met        criteria completed (the n of "đã hoàn thành n/N tiêu chí")
 * @param counted    criteria counted (N)
 * @param ratePercent tỷ lệ đạt
 * @param level      graded catalogs: the level the reviewed values reach ("Mức 2 - Kết nối"); null otherwise
 * @param passed     the conclusion: ĐẠT / KHÔNG ĐẠT (Mẫu 03: ĐẠT YÊU CẦU / KHÔNG ĐẠT YÊU CẦU)
 * @param sections   narrative by section: dossier (I), models (III), proposals (V); empty ones print a dotted line
 */
public record ReviewReport(
        ReportKind kind,
        Letterhead letterhead,
        String unitName,
        String districtName,
        String reviewer,
        String addressee,
        int year,
        String basis,
        List<CriterionGroupRows> groups,
        int met,
        int counted,
        BigDecimal ratePercent,
        String level,
        boolean passed,
        Map<String, String> sections) implements Report {

    public ReviewReport {
        if (kind != ReportKind.MAU_02 && kind != ReportKind.MAU_03 && kind != ReportKind.MAU_04) {
            throw new IllegalArgumentException("Not a review report: " + kind);
        }
        groups = List.copyOf(groups);
        sections = Map.copyOf(sections);
    }

    @Override
    public String title() {
        return kind.title() + " - " + unitName + " - năm " + year;
    }

    /** "85" or "85,5": the rate as the conclusion prints it, with a decimal comma. */
    public String rateText() {
        return ratePercent == null ? "0" : CriterionRows.decimal(ratePercent);
    }
}
