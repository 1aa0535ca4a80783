package vn.dxflow.report;

import java.util.List;

/**
 * A group of criteria (1. Chính quyền số, ...) with the three counters Mẫu 01 prints at its head.
 *
 * @param reviewName the group's name in section II of Mẫu 02–04 (Thanh Hóa: "Hạ tầng và nền tảng số")
 * @param met        Chỉ tiêu đạt
 * @param inProgress Chỉ tiêu đang triển khai: no value yet, or no target set yet for the year
 * @param notMet     Chỉ tiêu không hoàn thành
 */
public record CriterionGroupRows(String number, String name, String reviewName, List<CriterionRow> rows, int met,
        int inProgress, int notMet) {

    public CriterionGroupRows {
        rows = List.copyOf(rows);
    }

    /** Criteria counted (those "Không áp dụng" are not). */
    public int counted() {
        return met + inProgress + notMet;
    }
}
