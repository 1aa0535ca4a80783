package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.report.ReportRenderingTest.compact;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The 38 criteria of the Kon Tum commune catalog do not fit on one page: the appendix continues on the next
 * pages, each starting with the table's header again (thead as table-header-group, paginated table).
 */
class AppendixPaginationTest {

    private static final ReportService SERVICE =
            new ReportService(new ReportProperties(Path.of("target/no-template-overrides"), "Sở Khoa học và Công nghệ"));

    @Test
    void phuLuc01RepeatsItsHeaderOnEveryPage() throws Exception {
        assertHeaderOnEveryAppendixPage(SERVICE.render(SampleReports.selfAssessment()),
                "CHI TIẾT TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN TIÊU CHÍ CHUYỂN ĐỔI SỐ",
                "TT Tên chỉ tiêu Đơn vị tính Chỉ tiêu Kết quả Đánh giá (Đạt/Không đạt) Tài liệu minh chứng Ghi chú");
    }

    @Test
    void phuLuc02RepeatsItsHeaderOnEveryPage() throws Exception {
        assertHeaderOnEveryAppendixPage(SERVICE.render(SampleReports.review(ReportKind.MAU_02)),
                "KẾT QUẢ THẨM ĐỊNH CHI TIẾT THỰC HIỆN TIÊU CHÍ CHUYỂN ĐỔI SỐ",
                "TT Tên chỉ tiêu Đơn vị tính Chỉ tiêu Kết quả tự đánh giá của UBND cấp xã "
                        + "Kết quả thẩm định của UBND cấp huyện Đánh giá (Đạt/Không đạt) Ghi chú");
    }

    private static void assertHeaderOnEveryAppendixPage(byte[] pdf, String appendixTitle, String header) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            int first = 1;
            while (!Pdfs.text(document, first, first).contains(appendixTitle)) {
                first++;
            }
            assertThat(pages).as("the appendix spans pages").isGreaterThan(first + 1);
            assertThat(compact(Pdfs.text(document, first, first))).contains(compact(header));
            for (int page = first + 1; page <= pages; page++) {
                assertThat(compact(Pdfs.text(document, page, page))).as("page %d of %d", page, pages)
                        .startsWith(compact(header));
            }
            // the last criterion of the catalog is on the last page
            assertThat(Pdfs.text(document, pages, pages)).contains("3.9");
        }
    }
}
