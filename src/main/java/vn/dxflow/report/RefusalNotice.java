package vn.dxflow.report;

import java.util.List;

/**
 * The notice (Thông báo) by which a People's Committee tells a unit that its level is not recognised this year,
 * with the reasons: the decision-maker's own and the criteria the checked values did not meet.
 *
 * @param authority  the body that decides, as the body text names it ("Ủy ban nhân dân huyện Bảo Yên")
 * @param unitName   the unit as the body text names it ("xã Lương Sơn")
 * @param unitTier   "cấp xã" or "cấp huyện"
 * @param basis      the documents cited ("Căn cứ …;"), from the campaign
 * @param checks     the checks the result comes from ("kết quả thẩm định", "kết quả thẩm định và thẩm tra")
 * @param result     the checked result in words ("đạt 20/38 tiêu chí, tỷ lệ đạt 52,63%; chưa đạt mức độ nào")
 * @param reason     the reasons the decision-maker wrote; null if none
 * @param shortfalls the criteria not met, each as "1.1. Name"
 */
public record RefusalNotice(
        Letterhead letterhead,
        String authority,
        String unitName,
        String unitTier,
        int year,
        List<String> basis,
        String checks,
        String result,
        String reason,
        List<String> shortfalls) implements Report {

    public RefusalNotice {
        basis = List.copyOf(basis);
        shortfalls = List.copyOf(shortfalls);
    }

    @Override
    public ReportKind kind() {
        return ReportKind.KHONG_CONG_NHAN;
    }

    @Override
    public String title() {
        return "Thông báo kết quả xét công nhận mức độ chuyển đổi số năm " + year + " - " + unitName;
    }
}
