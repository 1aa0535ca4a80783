package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every report rendered from the bundled templates: what a reader must find in it (the form's outline, every
 * criterion with its values, the conclusion, Vietnamese exactly as given), embedded fonts and PDF/A-2b
 * conformance by veraPDF. The first page of each is kept in target/report-previews.
 */
class ReportRenderingTest {

    private static final ReportService SERVICE =
            new ReportService(new ReportProperties(Path.of("target/no-template-overrides"), "Sở Khoa học và Công nghệ"));
    private static final Map<ReportKind, byte[]> RENDERED = new EnumMap<>(ReportKind.class);

    static Stream<Report> reports() {
        return Stream.of(SampleReports.selfAssessment(), SampleReports.review(ReportKind.MAU_02),
                SampleReports.review(ReportKind.MAU_03), SampleReports.review(ReportKind.MAU_04), SampleReports.refusal(),
                SampleReports.decision(), SampleReports.synthesis());
    }

    @BeforeAll
    static void render() throws Exception {
        for (Report report : reports().toList()) {
            byte[] pdf = SERVICE.render(report);
            RENDERED.put(report.kind(), pdf);
            Pdfs.savePreview(pdf, report.kind().slug());
        }
    }

    private static String text(ReportKind kind) throws Exception {
        return Pdfs.text(RENDERED.get(kind));
    }

    /** The letterhead and closing every administrative document has (Nghị định 30/2020/NĐ-CP, Điều 8). */
    @ParameterizedTest
    @MethodSource("reports")
    void carriesTheLetterheadAndClosing(Report report) throws Exception {
        String text = text(report.kind());
        Letterhead letterhead = report.letterhead();
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                String.join(" ", letterhead.issuer()), "/" + letterhead.symbol(), letterhead.placeAndDate(),
                "Nơi nhận:", letterhead.signerTitle());
        letterhead.recipients().forEach(recipient -> assertThat(text).contains("- " + recipient));
    }

    @ParameterizedTest
    @MethodSource("reports")
    void embedsEveryFont(Report report) throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERED.get(report.kind()))) {
            List<PDFont> fonts = Pdfs.fonts(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void conformsToPdfA2b(Report report) throws Exception {
        assertThat(Pdfs.pdfaFailures(RENDERED.get(report.kind()), PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void keepsTheTitleInTheMetadata(Report report) throws Exception {
        try (PDDocument document = Loader.loadPDF(RENDERED.get(report.kind()))) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(report.title());
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
                    .contains("pdfaid:part", report.title());
        }
    }

    @Test
    void mau01HasTheOutlineEveryCriterionAndTheGroupCounters() throws Exception {
        SelfAssessmentReport report = SampleReports.selfAssessment();
        String text = text(ReportKind.MAU_01);
        assertThat(text).contains("BÁO CÁO",
                "Kết quả thực hiện các tiêu chí chuyển đổi số trên địa bàn xã Lương Sơn, huyện Bảo Yên năm 2025",
                "Thực hiện Quyết định số 121/QĐ-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân tỉnh Kon Tum",
                "2.1. Tên mô hình 1:", "- Mô tả:", "- Nhận xét (tính hiệu quả):", "2.2. Tên mô hình 2:",
                "I. CÔNG TÁC TỔ CHỨC TRIỂN KHAI THỰC HIỆN",
                "1. Công tác lãnh đạo, chỉ đạo tổ chức triển khai thực hiện",
                "2. Công tác thông tin, tuyên truyền",
                "3. Công tác ban hành các cơ chế, chính sách, văn bản, quy định",
                "II. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ", "Cụ thể, kết quả đạt như sau:",
                "(Kết quả đánh giá cụ thể các tiêu chí chuyển đổi số như phụ lục 01 kèm theo)",
                "III. ĐÁNH GIÁ CHUNG", "1.1. Thuận lợi", "1.2. Khó khăn, tồn tại", "1.3. Nguyên nhân",
                "2. Một số mô hình chuyển đổi số nổi bật", "IV. NHIỆM VỤ, GIẢI PHÁP TIẾP THEO",
                "V. KIẾN NGHỊ, ĐỀ XUẤT", "Phụ lục 01",
                "CHI TIẾT TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN TIÊU CHÍ CHUYỂN ĐỔI SỐ",
                SampleReports.NARRATIVE, "TM. ỦY BAN NHÂN DÂN", "Nguyễn Văn Đức");
        assertThat(report.groups()).extracting(CriterionGroupRows::name)
                .containsExactly("Chính quyền số", "Kinh tế số", "Xã hội số");
        for (CriterionGroupRows group : report.groups()) {
            assertThat(text).contains(group.number() + ". " + group.name() + " - Chỉ tiêu đạt: " + group.met()
                    + " - Chỉ tiêu đang triển khai: " + group.inProgress()
                    + " - Chỉ tiêu không hoàn thành: " + group.notMet());
        }
        List<CriterionRow> rows = rows(report.groups());
        assertThat(rows).hasSize(38);
        for (CriterionRow row : rows) {
            // the body's block per criterion, then its line in Phụ lục 01
            assertThat(compact(text)).contains(tableRow(row.number() + ". Tiêu chí số " + row.number() + ": " + row.name(),
                    "a) Yêu cầu tiêu chí: " + row.requirement(), "b) Kết quả: " + row.value(),
                    "c) Đánh giá: " + row.verdict()));
            assertThat(compact(text)).contains(tableRow(row.number(), row.name(), row.unit(), row.requirement(), row.value(),
                    row.verdict(), row.remark()));
        }
        assertThat(text).contains("b) Kết quả: 45,5% c) Đánh giá: Không đạt",
                "b) Kết quả: Chưa có số liệu c) Đánh giá: Chưa có số liệu");
    }

    @Test
    void mau02ShowsBothValuesSideBySideAndTheConclusion() throws Exception {
        ReviewReport report = SampleReports.review(ReportKind.MAU_02);
        String text = text(ReportKind.MAU_02);
        assertThat(text).contains("BÁO CÁO",
                "Về việc thẩm định hồ sơ đề nghị xét, công nhận xã Lương Sơn hoàn thành các tiêu chí chuyển đổi số cho năm 2025",
                "Ủy ban nhân dân huyện Bảo Yên báo cáo kết quả thẩm định như sau:",
                "I. Về hồ sơ, tài liệu minh chứng", "Hồ sơ đầy đủ, đúng thời hạn.",
                "II. Về kết quả thực hiện các tiêu chí chuyển đổi số", "1. Chính quyền số", "2. Kinh tế số",
                "3. Xã hội số", "(Kết quả thẩm định chi tiết theo Phụ lục số 02)",
                "III. Mô hình nổi trội về chuyển đổi số", "IV. Kết luận", "V. Đề xuất, kiến nghị",
                "Căn cứ kết quả thẩm định: xã Lương Sơn, huyện Bảo Yên đã hoàn thành " + report.met() + "/"
                        + report.counted() + " tiêu chí chuyển đổi số cấp xã năm 2025, tỷ lệ đạt " + report.rateText() + "%.",
                "Kết quả: " + (report.passed() ? "ĐẠT" : "KHÔNG ĐẠT"),
                "Phụ lục số 02", "KẾT QUẢ THẨM ĐỊNH CHI TIẾT THỰC HIỆN TIÊU CHÍ CHUYỂN ĐỔI SỐ CHO XÃ LƯƠNG SƠN",
                "Kết quả tự đánh giá của UBND cấp xã", "Kết quả thẩm định của UBND cấp huyện",
                "- Tiêu chí 1.2 (Tỷ lệ hồ sơ thủ tục hành chính được thực hiện trực tuyến toàn trình): kết quả thẩm định 20%, Không đạt.");
        for (CriterionRow row : rows(report.groups())) {
            assertThat(compact(text)).contains(tableRow(row.number(), row.name(), row.unit(), row.requirement(), row.value(),
                    row.reviewed(), row.verdict(), row.remark()));
        }
        assertThat(text).contains("45,5% 65% Đạt Điều chỉnh so với kết quả của đơn vị");
    }

    @Test
    void mau03IsALetterWithTheOpinionVocabulary() throws Exception {
        ReviewReport report = SampleReports.review(ReportKind.MAU_03);
        assertThat(text(ReportKind.MAU_03)).contains(
                "V/v ý kiến về hồ sơ và kết quả thực hiện các tiêu chí chuyển đổi số của đơn vị xã Lương Sơn",
                "Kính gửi: UBND huyện Bảo Yên",
                "Thành viên Ban Chỉ đạo chuyển đổi số tỉnh ý kiến về hồ sơ và kết quả thực hiện các tiêu chí chuyển đổi số của xã Lương Sơn như sau:",
                "I. Về hồ sơ, tài liệu minh chứng", "II. Về kết quả thực hiện các tiêu chí chuyển đổi số",
                "III. Mô hình nổi trội về chuyển đổi số", "IV. Kết luận",
                "Căn cứ kết quả kiểm tra: xã Lương Sơn, huyện Bảo Yên đã hoàn thành " + report.met() + "/" + report.counted(),
                "Kết quả: " + (report.passed() ? "ĐẠT YÊU CẦU" : "KHÔNG ĐẠT YÊU CẦU"),
                "Ý kiến: Đề nghị bổ sung ảnh chụp hệ thống một cửa.")
                .doesNotContain("Phụ lục");
    }

    @Test
    void mau04HasPhuLuc03WithAppraisedAndVerifiedValues() throws Exception {
        ReviewReport report = SampleReports.review(ReportKind.MAU_04);
        String text = text(ReportKind.MAU_04);
        assertThat(text).contains(
                "Về việc thẩm tra hồ sơ đề nghị xét, công nhận xã Lương Sơn hoàn thành các tiêu chí chuyển đổi số cho năm 2025",
                "báo cáo kết quả thẩm tra về hồ sơ và kết quả thực hiện các tiêu chí chuyển đổi số của xã Lương Sơn như sau:",
                "(Kết quả thẩm tra chi tiết theo Phụ lục số 03)", "IV. Kết luận", "Căn cứ kết quả thẩm tra:",
                "Kết quả: " + (report.passed() ? "ĐẠT" : "KHÔNG ĐẠT"), "Phụ lục số 03",
                "KẾT QUẢ THẨM TRA CÁC TIÊU CHÍ CHUYỂN ĐỔI SỐ CHO XÃ LƯƠNG SƠN",
                "Kết quả thẩm định của UBND cấp huyện", "Kết quả thẩm tra của Sở TTTT");
        for (CriterionRow row : rows(report.groups())) {
            assertThat(compact(text)).contains(tableRow(row.number(), row.name(), row.unit(), row.requirement(), row.value(),
                    row.reviewed(), row.verdict(), row.remark()));
        }
    }

    @Test
    void decisionCitesItsBasisAndNamesTheUnitItsLevelAndWhoCarriesItOut() throws Exception {
        String text = text(ReportKind.QUYET_DINH);
        assertThat(text).contains("QUYẾT ĐỊNH", "Về việc công nhận mức độ chuyển đổi số cấp xã năm 2025",
                "ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN", "QUYẾT ĐỊNH:", "Số: 215/QĐ-UBND",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                "Căn cứ Quyết định số 121/QĐ-UBND ngày 10 tháng 3 năm 2025",
                "Theo đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin.",
                "Điều 1. Công nhận mức độ chuyển đổi số năm 2025 đối với đơn vị cấp xã có tên sau đây:",
                "1 Xã Lương Sơn Mức 2 - Kết nối", "Điều 2.",
                "Điều 3. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Bảo Yên;",
                "Chủ tịch Ủy ban nhân dân xã Lương Sơn chịu trách nhiệm thi hành Quyết định này./.")
                .doesNotContain("Xét đề nghị của Hội đồng thẩm định");
    }

    @Test
    void refusalGivesTheResultTheReasonsAndTheCriteriaNotMet() throws Exception {
        String text = text(ReportKind.KHONG_CONG_NHAN);
        assertThat(text).contains("THÔNG BÁO", "Kết quả xét công nhận mức độ chuyển đổi số năm 2025 của xã Lương Sơn",
                "Số: 215/TB-UBND", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
                "Trên cơ sở kết quả thẩm định hồ sơ đề nghị công nhận mức độ chuyển đổi số cấp xã năm 2025 của xã "
                        + "Lương Sơn, Ủy ban nhân dân huyện Bảo Yên thông báo như sau:",
                "1. Xã Lương Sơn chưa được công nhận mức độ chuyển đổi số năm 2025.",
                "2. Kết quả: đạt 35/38 tiêu chí, tỷ lệ đạt 92,11%; chưa đạt mức độ nào.",
                "3. Lý do: Tỷ lệ hồ sơ trực tuyến toàn trình chưa đạt yêu cầu.", "4. Các tiêu chí chưa đạt:",
                "- 1.1. Tỷ lệ thủ tục hành chính", "- 1.2. Tỷ lệ hồ sơ thủ tục hành chính", "TM. ỦY BAN NHÂN DÂN");
    }

    @Test
    void synthesisCountsRecognisedLateRefusedAndMissingDossiers() throws Exception {
        String text = text(ReportKind.SYNTHESIS);
        assertThat(text).contains("UBND TỈNH LÀO CAI SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Kính gửi: Bộ Khoa học và Công nghệ.",
                "Tổng hợp kết quả đánh giá mức độ chuyển đổi số cấp huyện và cấp xã trên địa bàn tỉnh Lào Cai năm 2025",
                "- Tổng số đơn vị được đánh giá: 5 đơn vị.", "- Được công nhận: 2 đơn vị.",
                "- Không được công nhận: 0 đơn vị.", "- Từ chối do nộp muộn: 1 đơn vị.",
                "- Không nộp hồ sơ: 1 đơn vị.", "- Hồ sơ nộp sau thời hạn: 2 đơn vị.",
                "2 Xã Lương Sơn Huyện Bảo Yên Mức 3 Mức 2 Mức 2 Được công nhận Có",
                "3 Xã Tân Tiến Huyện Bảo Yên Mức 2 Từ chối do nộp muộn Có",
                "4 Xã Bảo Hà Huyện Bảo Yên Mức 1 Không nộp hồ sơ",
                "- Đang đánh giá: 1 đơn vị.",
                "- Đơn vị chưa có kết quả (đang đánh giá): Xã Kim Sơn (Huyện Bảo Yên).");
    }

    static List<CriterionRow> rows(List<CriterionGroupRows> groups) {
        return groups.stream().flatMap(group -> group.rows().stream()).toList();
    }

    /** Parts of a text that follow one another, one space between, empty parts left out. */
    static String cells(String... cells) {
        List<String> present = new ArrayList<>();
        for (String cell : cells) {
            if (cell != null && !cell.isBlank()) {
                present.add(cell.strip().replaceAll("\\s+", " "));
            }
        }
        return String.join(" ", present);
    }

    /** A table row's cells, compacted: compare with {@code compact(text)}. */
    static String tableRow(String... cells) {
        return compact(cells(cells));
    }

    /**
     * Without any whitespace: narrow table cells break lines inside tokens ("85/2016" after "85"), which the
     * extracted text shows as a space. Compare both sides compacted, so contents and order are still checked.
     */
    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
