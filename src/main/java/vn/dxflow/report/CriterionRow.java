package vn.dxflow.report;

import vn.dxflow.catalog.Outcome;

/**
 * One criterion as the appendices (Phụ lục 01–03) and the report bodies print it; texts ready to print.
 *
 * @param number      "1.1": group number and the criterion's number inside it
 * @param requirement the threshold the unit must reach (Chỉ tiêu), verbatim from the catalog
 * @param value       the value of the earlier stage: self-assessed (Mẫu 01, 02) or appraised (Mẫu 04)
 * @param reviewed    the value of the reviewing stage: appraised (Mẫu 02) or verified (Mẫu 04); null in Mẫu 01
 * @param outcome     the last stage's result for the criterion
 * @param verdict     its label: "Đạt", "Không đạt", ...
 * @param evidence    evidence documents the catalog asks for (Tài liệu minh chứng)
 * @param remark      Ghi chú, e.g. where the reviewing stage changed the unit's value
 */
public record CriterionRow(
        String number,
        String name,
        String unit,
        String requirement,
        String value,
        String reviewed,
        Outcome outcome,
        String verdict,
        String evidence,
        String remark) {

    /** Whether the criterion counts against the unit: neither met nor "Không áp dụng". */
    public boolean shortfall() {
        return !outcome.satisfied();
    }
}
