package vn.dxflow.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.Tally;

/**
 * A review of one unit's dossier by a later stage, all three with the same outline (I. hồ sơ, II. kết quả,
 * III. mô hình, IV. kết luận, V. kiến nghị): Mẫu 02 (appraisal, with Phụ lục 02), Mẫu 03 (a steering-committee
 * member's opinion, a letter without appendix) and Mẫu 04 (verification by the department, with Phụ lục 03).
 *
 * @param kind           MAU_02, MAU_03 or MAU_04
 * @param unitTier       the unit's tier as the conclusion names it ("cấp xã", "cấp huyện")
 * @param reviewer       the reviewing body as the body text names it ("Ủy ban nhân dân huyện Bảo Yên")
 * @param addressee      Mẫu 03 only, the letter's "Kính gửi"; null otherwise
 * @param basis          the documents the preamble cites ("Thực hiện …;"), from the campaign
 * @param met            criteria completed (the n of "đã hoàn thành n/N tiêu chí")
 * @param counted        criteria counted (N)
 * @param ratePercent    tỷ lệ đạt
 * @param level          graded catalogs: the level the reviewed values reach ("Mức 2 - Kết nối"); null otherwise
 * @param passed         the conclusion: true ĐẠT, false KHÔNG ĐẠT (Mẫu 03: … YÊU CẦU); null when the catalog leaves
 *                       the pass condition open: undetermined, never printed as a failure
 * @param remark         the member's opinion (Mẫu 03) or the department's remark (Mẫu 04), as written; null if none
 * @param earlierHeader  the appendix's column of the earlier stage ("Kết quả tự đánh giá của UBND cấp xã")
 * @param reviewedHeader the appendix's column of this stage ("Kết quả thẩm định của UBND cấp huyện")
 * @param sections       narrative by section: dossier (I), models (III), proposals (V); empty ones print a dotted line
 */
public record ReviewReport(
        ReportKind kind,
        Letterhead letterhead,
        String unitName,
        String districtName,
        String unitTier,
        String reviewer,
        String addressee,
        int year,
        List<String> basis,
        List<CriterionGroupRows> groups,
        int met,
        int counted,
        BigDecimal ratePercent,
        String level,
        Boolean passed,
        String remark,
        String earlierHeader,
        String reviewedHeader,
        Map<String, String> sections) implements Report {

    public ReviewReport {
        if (kind != ReportKind.MAU_02 && kind != ReportKind.MAU_03 && kind != ReportKind.MAU_04) {
            throw new IllegalArgumentException("Not a review report: " + kind);
        }
        basis = List.copyOf(basis);
        groups = List.copyOf(groups);
        sections = Map.copyOf(sections);
    }

    /**
     * The review of one step's values: Mẫu 02–04 share their outline, the reviewed step's values beside the earlier
     * step's.
     */
    static ReviewReport of(ReportKind kind, Facts facts, Letterhead letterhead, String reviewer, String addressee,
            Scored reviewed, Map<String, CriterionValue> earlier, Boolean passed, String remark, String earlierHeader,
            String reviewedHeader) {
        Tally tally = reviewed.assessment().tally();
        return new ReviewReport(kind, letterhead, facts.unitName(), facts.districtName(), facts.tier(), reviewer,
                addressee, facts.year(), facts.basis(kind),
                CriterionRows.of(reviewed.catalog(), reviewed.assessment(), earlier, reviewed.values()), tally.met(),
                tally.counted(), tally.ratePercent(),
                reviewed.catalog().graded() ? Levels.text(reviewed.catalog(), reviewed.assessment().reachedLevel()) : null,
                passed, remark, earlierHeader, reviewedHeader, Map.of());
    }

    @Override
    public String title() {
        return kind.title() + " - " + unitName + " - năm " + year;
    }

    /** "85" or "85,5": the rate as the conclusion prints it, with a decimal comma. */
    public String rateText() {
        return ratePercent == null ? "0" : CriterionRows.decimal(ratePercent);
    }

    /** Why the verdict is undetermined, or null when it is not. */
    public String undetermined() {
        if (passed != null) {
            return null;
        }
        return kind == ReportKind.MAU_03 ? "(Thành viên Ban Chỉ đạo chưa chọn kết luận.)"
                : "(Bộ tiêu chí chưa quy định điều kiện đạt: cấp có thẩm quyền xem xét, quyết định việc công nhận.)";
    }

    /** The member's opinion (Mẫu 03) or the department's remark (Mẫu 04) as the conclusion prints it, or null. */
    public String remarkLine() {
        return remark == null ? null : (kind == ReportKind.MAU_03 ? "Ý kiến: " : "Nhận xét: ") + remark;
    }

    /** "ĐẠT", "KHÔNG ĐẠT" (Mẫu 03: "ĐẠT YÊU CẦU", "KHÔNG ĐẠT YÊU CẦU"), or "CHƯA XÁC ĐỊNH". */
    public String verdict() {
        String suffix = kind == ReportKind.MAU_03 ? " YÊU CẦU" : "";
        return passed == null ? "CHƯA XÁC ĐỊNH" : (passed ? "ĐẠT" : "KHÔNG ĐẠT") + suffix;
    }
}
