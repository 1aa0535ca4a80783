package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dxflow.org.OrgUnit;
import vn.dxflow.org.UnitKind;

/** The wording rules of Nghị định 30/2020/NĐ-CP the reports apply to names, places, dates and symbols. */
class AdministrativeWordingTest {

    /** Days below 10 and the months January and February take a leading zero; other months do not. */
    @ParameterizedTest
    @CsvSource({
        "2025-01-05, 'Phố Ràng, ngày 05 tháng 01 năm 2025'",
        "2025-02-28, 'Phố Ràng, ngày 28 tháng 02 năm 2025'",
        "2025-03-09, 'Phố Ràng, ngày 09 tháng 3 năm 2025'",
        "2025-11-20, 'Phố Ràng, ngày 20 tháng 11 năm 2025'"
    })
    void placeAndDateInWords(LocalDate date, String expected) {
        Letterhead letterhead = new Letterhead(null, List.of("ỦY BAN NHÂN DÂN", "THỊ TRẤN PHỐ RÀNG"), null,
                "BC-UBND", "Phố Ràng", date, List.of("Lưu: VT."), null, "CHỦ TỊCH", null);

        assertThat(letterhead.placeAndDate()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "Thị trấn Phố Ràng, TOWNSHIP, thị trấn Phố Ràng, Phố Ràng, THỊ TRẤN PHỐ RÀNG",
        "Xã Lương Sơn, COMMUNE, xã Lương Sơn, Lương Sơn, XÃ LƯƠNG SƠN",
        "Huyện Bảo Yên, RURAL_DISTRICT, huyện Bảo Yên, Bảo Yên, HUYỆN BẢO YÊN",
        "Thành phố Đồng Xoài, PROVINCIAL_CITY, thành phố Đồng Xoài, Đồng Xoài, THÀNH PHỐ ĐỒNG XOÀI",
        "Tỉnh Lào Cai, PROVINCE, tỉnh Lào Cai, Lào Cai, TỈNH LÀO CAI"
    })
    void unitNamesInTextAsPlaceAndAsIssuer(String name, UnitKind kind, String inText, String place, String issuer) {
        OrgUnit unit = new OrgUnit("1", name, kind, null);

        assertThat(UnitNames.inText(unit)).isEqualTo(inText);
        assertThat(UnitNames.place(unit)).isEqualTo(place);
        assertThat(UnitNames.upper(name)).isEqualTo(issuer);
    }

    @ParameterizedTest
    @CsvSource({
        "Sở Khoa học và Công nghệ, SKHCN",
        "Sở Thông tin và Truyền thông, STTTT"
    })
    void symbolsUseTheBodysInitials(String body, String initials) {
        assertThat(UnitNames.initials(body)).isEqualTo(initials);
    }

    @ParameterizedTest
    @CsvSource({
        "Mẫu 01 - Báo cáo kết quả tự đánh giá - xã Lương Sơn.pdf, Mau 01 - Bao cao ket qua tu danh gia - xa Luong Son.pdf",
        "Quyết định công nhận - Đồng Xoài.pdf, Quyet dinh cong nhan - Dong Xoai.pdf"
    })
    void downloadsCarryTheVietnameseNameAndAnAsciiFallback(String name, String ascii) {
        assertThat(PdfDownload.contentDisposition(name))
                .isEqualTo("attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + PdfDownload.encode(name));
        assertThat(URLDecoder.decode(PdfDownload.encode(name), StandardCharsets.UTF_8))
                .isEqualTo(name);
    }
}
