package vn.dxflow.report;

import java.util.List;

/**
 * The province's yearly report to the ministry (Kon Tum QĐ 121/QĐ-UBND, II.3: "Tổng hợp, báo cáo đánh giá mức
 * độ chuyển đổi số cấp huyện và cấp xã trên địa bàn tỉnh hằng năm", before 25 December): every assessed unit,
 * its levels and what became of its dossier.
 */
public record ProvinceSynthesis(
        Letterhead letterhead,
        String provinceName,
        int year,
        String campaignName,
        List<UnitResult> units) implements Report {

    /**
     * One unit's line.
     *
     * @param registered the level it registered for ("" when none)
     * @param computed   the level or verdict computed from the appraised values ("" before appraisal)
     * @param recognized the recognised level or verdict ("" when not recognised)
     * @param status     what became of the dossier: recognised, not recognised, refused as late, not submitted, in progress
     * @param late       whether the dossier arrived after the deadline
     */
    public record UnitResult(String name, String parentName, String tier, String registered, String computed,
            String recognized, String status, boolean late) {
    }

    public ProvinceSynthesis {
        units = List.copyOf(units);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.SYNTHESIS;
    }

    @Override
    public String title() {
        return "Báo cáo tổng hợp kết quả đánh giá mức độ chuyển đổi số " + provinceName + " năm " + year;
    }

    public long count(String status) {
        return units.stream().filter(unit -> unit.status().equals(status)).count();
    }

    public long lateCount() {
        return units.stream().filter(UnitResult::late).count();
    }
}
