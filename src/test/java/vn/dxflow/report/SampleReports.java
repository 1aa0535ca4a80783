package vn.dxflow.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dxflow.catalog.Assessment;
import vn.dxflow.catalog.Catalog;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.ScoringService;
import vn.dxflow.catalog.TestCatalogs;
import vn.dxflow.catalog.Threshold;

/**
 * Report data for the rendering tests: the Kon Tum commune catalog (38 criteria), a commune that registered
 * level 2 and meets it except for a few criteria, appraised with two values changed.
 */
final class SampleReports {

    static final String CATALOG = "kontum-2025-commune";
    static final int TARGET = 2;
    static final Catalog KONTUM = TestCatalogs.BUNDLED.get(CATALOG);
    static final ScoringService SCORING = new ScoringService(TestCatalogs.BUNDLED);
    static final List<String> BASIS = List.of("Quyết định số 121/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân "
            + "tỉnh Kon Tum ban hành Bộ tiêu chí và phương pháp đánh giá, xét công nhận mức độ chuyển đổi số cấp huyện và "
            + "cấp xã (Phiên bản 1.0)");
    static final String LAW = "Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025";
    static final String NARRATIVE = "Ủy ban nhân dân xã đã ban hành Kế hoạch số 15/KH-UBND về chuyển đổi số; "
            + "100% cán bộ, công chức sử dụng chữ ký số cá nhân.";

    private SampleReports() {
    }

    static Letterhead commune() {
        return new Letterhead(null, List.of("ỦY BAN NHÂN DÂN", "XÃ LƯƠNG SƠN"), null, "BC-UBND", "Lương Sơn",
                LocalDate.of(2025, 11, 20), List.of("UBND huyện Bảo Yên;", "Phòng Văn hóa, Khoa học và Thông tin;",
                        "Lưu: VT, VP."), "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Đức");
    }

    static Letterhead district(String symbol) {
        return new Letterhead(null, List.of("ỦY BAN NHÂN DÂN", "HUYỆN BẢO YÊN"), 215, symbol, "Bảo Yên",
                LocalDate.of(2025, 12, 5), List.of("UBND xã Lương Sơn;", "Lưu: VT."), "TM. ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH", "Hoàng Thị Ngọc Ánh");
    }

    /** Meets level 2 everywhere except the first two criteria (one too low, one without a value). */
    static Map<String, CriterionValue> selfAssessed() {
        Map<String, CriterionValue> values = new LinkedHashMap<>();
        for (Criterion criterion : KONTUM.criteria()) {
            Threshold threshold = criterion.levels().get(TARGET);
            CriterionValue value = null;
            if (threshold instanceof Threshold.PercentMin p) {
                value = new CriterionValue(p.min().add(new BigDecimal("2.5")), null, null, null);
            } else if (threshold instanceof Threshold.YesNo) {
                value = CriterionValue.ofYes(true);
            } else if (threshold instanceof Threshold.CountMin c) {
                value = CriterionValue.ofCount(c.min() + 1);
            } else if (threshold instanceof Threshold.CountOrPercent c) {
                value = new CriterionValue(null, null, c.minCount(), null);
            }
            if (value != null) {
                values.put(criterion.code(), value);
            }
        }
        values.put("CQS-1", CriterionValue.ofPercent("45.5"));
        values.remove("CQS-2");
        return values;
    }

    /** The council corrects CQS-1 upwards and enters the missing CQS-2. */
    static Map<String, CriterionValue> appraised() {
        Map<String, CriterionValue> values = new LinkedHashMap<>(selfAssessed());
        values.put("CQS-1", CriterionValue.ofPercent("65"));
        values.put("CQS-2", CriterionValue.ofPercent("20"));
        return values;
    }

    static SelfAssessmentReport selfAssessment() {
        Assessment result = SCORING.evaluate(CATALOG, TARGET, selfAssessed());
        return new SelfAssessmentReport(commune(), "xã Lương Sơn", "huyện Bảo Yên", 2025, BASIS,
                CriterionRows.of(KONTUM, result, selfAssessed(), null), Map.of("leadership", NARRATIVE));
    }

    static ReviewReport review(ReportKind kind) {
        Assessment result = SCORING.evaluate(CATALOG, TARGET, appraised());
        return new ReviewReport(kind, district(kind == ReportKind.MAU_03 ? "STTTT-BCĐ" : "BC-UBND"), "xã Lương Sơn",
                "huyện Bảo Yên", "cấp xã", "Ủy ban nhân dân huyện Bảo Yên",
                kind == ReportKind.MAU_03 ? "UBND huyện Bảo Yên" : null, 2025, BASIS,
                CriterionRows.of(KONTUM, result, selfAssessed(), appraised()), result.tally().met(),
                result.tally().counted(), result.tally().ratePercent(), "Mức " + result.reachedLevel(),
                result.passed(), kind == ReportKind.MAU_03 ? "Đề nghị bổ sung ảnh chụp hệ thống một cửa." : null,
                kind == ReportKind.MAU_04 ? "Kết quả thẩm định của UBND cấp huyện" : "Kết quả tự đánh giá của UBND cấp xã",
                kind == ReportKind.MAU_04 ? "Kết quả thẩm tra của Sở TTTT" : "Kết quả thẩm định của UBND cấp huyện",
                Map.of("dossier", "Hồ sơ đầy đủ, đúng thời hạn."));
    }

    static RecognitionDecision decision() {
        return new RecognitionDecision(district("QĐ-UBND"), "ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN", "cấp xã", 2025,
                List.of(LAW, BASIS.get(0)), "Trưởng phòng Văn hóa, Khoa học và Thông tin",
                "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Bảo Yên; Trưởng phòng Văn hóa, Khoa học và "
                        + "Thông tin; Thủ trưởng các cơ quan, đơn vị có liên quan và Chủ tịch Ủy ban nhân dân xã Lương Sơn",
                List.of(new RecognitionDecision.Unit("Xã Lương Sơn", "Mức 2 - Kết nối")));
    }

    static RefusalNotice refusal() {
        return new RefusalNotice(district("TB-UBND"), "Ủy ban nhân dân huyện Bảo Yên", "xã Lương Sơn", "cấp xã", 2025,
                List.of(LAW, BASIS.get(0)), "kết quả thẩm định", "đạt 35/38 tiêu chí, tỷ lệ đạt 92,11%; chưa đạt mức độ nào",
                "Tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt yêu cầu.",
                List.of("1.1. Tỷ lệ thủ tục hành chính", "1.2. Tỷ lệ hồ sơ thủ tục hành chính"));
    }

    static ProvinceSynthesis synthesis() {
        Letterhead department = new Letterhead("UBND TỈNH LÀO CAI", List.of("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), null,
                "BC-SKHCN", "Lào Cai", LocalDate.of(2025, 12, 24), List.of("Bộ Khoa học và Công nghệ;",
                        "UBND tỉnh (để b/c);", "Lưu: VT."), null, "GIÁM ĐỐC", null);
        return new ProvinceSynthesis(department, "tỉnh Lào Cai", 2025,
                "Đánh giá mức độ chuyển đổi số năm 2025 - tỉnh Lào Cai", "cấp huyện và cấp xã", BASIS, List.of(
                        new ProvinceSynthesis.UnitResult("Thị trấn Phố Ràng", "Huyện Bảo Yên", "Mức 3", "Mức 3",
                                "Mức 3", ProvinceSynthesis.Status.RECOGNIZED, false),
                        new ProvinceSynthesis.UnitResult("Xã Lương Sơn", "Huyện Bảo Yên", "Mức 3", "Mức 2",
                                "Mức 2", ProvinceSynthesis.Status.RECOGNIZED, true),
                        new ProvinceSynthesis.UnitResult("Xã Tân Tiến", "Huyện Bảo Yên", "Mức 2", "", "",
                                ProvinceSynthesis.Status.REFUSED_AS_LATE, true),
                        new ProvinceSynthesis.UnitResult("Xã Bảo Hà", "Huyện Bảo Yên", "Mức 1", "", "",
                                ProvinceSynthesis.Status.NOT_SUBMITTED, false),
                        new ProvinceSynthesis.UnitResult("Xã Kim Sơn", "Huyện Bảo Yên", "Mức 2", "", "",
                                ProvinceSynthesis.Status.IN_PROGRESS, false)));
    }
}
