package vn.dxflow.report;

import java.util.List;

/**
 * The decision (Quyết định) by which a People's Committee recognises the level of a unit it assessed (Kon Tum QĐ
 * 121/QĐ-UBND, II.3: UBND cấp huyện for communes, UBND tỉnh for districts and, with two tiers, for communes).
 * Layout of seed 003's own decision: Căn cứ …; Theo đề nghị của …; Điều 1–3; Nơi nhận.
 *
 * @param authority the body that decides, as the line above "QUYẾT ĐỊNH:" names it ("ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN")
 * @param unitTier  "cấp xã" or "cấp huyện"
 * @param basis     the documents cited ("Căn cứ …;"), from the campaign
 * @param proposer  who proposes ("Trưởng phòng Văn hóa, Khoa học và Thông tin", "Giám đốc Sở Khoa học và Công nghệ")
 * @param executors the heads who carry it out (Điều 3), for the authority's tier
 */
public record RecognitionDecision(
        Letterhead letterhead,
        String authority,
        String unitTier,
        int year,
        List<String> basis,
        String proposer,
        String executors,
        List<Unit> units) implements Report {

    /** One recognised unit and its level ("Mức 3 - Cơ bản" or "Đạt"). */
    public record Unit(String name, String level) {
    }

    public RecognitionDecision {
        basis = List.copyOf(basis);
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
