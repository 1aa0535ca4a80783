package vn.dxflow.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The province's yearly report to the ministry (Kon Tum QĐ 121/QĐ-UBND, II.3: "Tổng hợp, báo cáo đánh giá mức
 * độ chuyển đổi số cấp huyện và cấp xã trên địa bàn tỉnh hằng năm", before 25 December): every assessed unit,
 * its levels and what became of its dossier, and the units whose assessment is still running.
 *
 * @param tiers the tiers the campaign assesses, as the title names them ("cấp huyện và cấp xã", "cấp xã")
 * @param basis the documents the preamble cites ("Thực hiện …;"), from the campaign
 */
public record ProvinceSynthesis(
        Letterhead letterhead,
        String provinceName,
        int year,
        String campaignName,
        String tiers,
        List<String> basis,
        List<UnitResult> units) implements Report {

    /** What became of a unit's dossier. */
    public enum Status {
        RECOGNIZED("Được công nhận"),
        NOT_RECOGNIZED("Không được công nhận"),
        REFUSED_AS_LATE("Từ chối do nộp muộn"),
        NOT_SUBMITTED("Không nộp hồ sơ"),
        IN_PROGRESS("Đang đánh giá");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One unit's line.
     *
     * @param registered the level it registered for ("" when none)
     * @param computed   the level or verdict of the appraisal ("" before it)
     * @param recognized the recognised level or verdict ("" when not recognised)
     * @param late       whether the dossier arrived after the deadline
     */
    public record UnitResult(String name, String parentName, String registered, String computed,
            String recognized, Status status, boolean late) {
    }

    public ProvinceSynthesis {
        basis = List.copyOf(basis);
        units = List.copyOf(units);
    }

    /** The units whose assessment has not ended yet: the report is not final while there are any. */
    public List<UnitResult> pending() {
        return units.stream().filter(unit -> unit.status() == Status.IN_PROGRESS).toList();
    }

    @Override
    public ReportKind kind() {
        return ReportKind.SYNTHESIS;
    }

    @Override
    public String title() {
        return "Báo cáo tổng hợp kết quả đánh giá mức độ chuyển đổi số " + tiers + " trên địa bàn " + provinceName
                + " năm " + year;
    }

    /** "Xã Kim Sơn (Huyện Bảo Yên), …": the pending units as the report lists them. */
    public String pendingText() {
        return pending().stream().map(unit -> unit.name() + " (" + unit.parentName() + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** Units per status, every status listed (zero included) in the enum's order. */
    public Map<Status, Long> statusCounts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, units.stream().filter(unit -> unit.status() == status).count());
        }
        return counts;
    }

    public long lateCount() {
        return units.stream().filter(UnitResult::late).count();
    }
}
