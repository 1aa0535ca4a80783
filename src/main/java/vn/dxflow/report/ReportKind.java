package vn.dxflow.report;

import java.util.Arrays;
import java.util.Optional;

/** The reports DXFlow generates: the template each one is rendered from and the name its file is offered under. */
public enum ReportKind {
    MAU_01("mau-01", "Mẫu 01 - Báo cáo kết quả tự đánh giá"),
    MAU_02("mau-02", "Mẫu 02 - Báo cáo kết quả thẩm định"),
    MAU_03("mau-03", "Mẫu 03 - Ý kiến thành viên Ban Chỉ đạo"),
    MAU_04("mau-04", "Mẫu 04 - Báo cáo kết quả thẩm tra"),
    QUYET_DINH("quyet-dinh", "Quyết định công nhận mức độ chuyển đổi số"),
    KHONG_CONG_NHAN("khong-cong-nhan", "Thông báo không công nhận mức độ chuyển đổi số"),
    SYNTHESIS("tong-hop", "Báo cáo tổng hợp kết quả đánh giá của tỉnh");

    private final String slug;
    private final String title;

    ReportKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    /** As written in URLs and template file names: {@code templates/reports/<slug>.html}. */
    public String slug() {
        return slug;
    }

    /** Vietnamese title for file names and lists. */
    public String title() {
        return title;
    }

    String template() {
        return "reports/" + slug;
    }

    public static Optional<ReportKind> fromSlug(String slug) {
        return Arrays.stream(values()).filter(kind -> kind.slug.equals(slug)).findFirst();
    }
}
