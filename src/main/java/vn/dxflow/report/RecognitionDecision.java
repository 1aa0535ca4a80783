package vn.dxflow.report;

import java.util.List;

/**
 * The decision (Quyết định) by which a People's Committee recognises the levels of the units it assessed
 * (Kon Tum QĐ 121/QĐ-UBND, II.3: UBND cấp huyện for communes, UBND tỉnh for districts).
 *
 * @param authority the body that decides, as the line above "QUYẾT ĐỊNH:" names it ("ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN")
 * @param unitTier  "cấp xã" or "cấp huyện"
 * @param basis     the criteria's legal source, cited in the "Căn cứ" lines
 */
public record RecognitionDecision(
        Letterhead letterhead,
        String authority,
        String unitTier,
        int year,
        String basis,
        List<Unit> units) implements Report {

    /** One recognised unit and its level ("Mức 3 - Cơ bản" or "Đạt"). */
    public record Unit(String name, String level) {
    }

    public RecognitionDecision {
        units = List.copyOf(units);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.QUYET_DINH;
    }

    @Override
    public String title() {
        return "Quyết định công nhận mức độ chuyển đổi số " + unitTier + " năm " + year;
    }
}
