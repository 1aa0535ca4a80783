package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.cycle.OpenDossiers;

/**
 * Every refusal happens before anything is stored and tells the user why in Vietnamese; the media type comes from
 * the content, so renaming a file does not help, and the stored name's extension must say what the content is.
 */
@DxflowSpringTest
class UploadValidationTest {

    private static final String OFFICER = "officer02947";

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;
    EvidenceApi api;
    String criterion;

    @BeforeEach
    void client() {
        api = new EvidenceApi(port);
        dossiers.selfAssessing("02947", EvidenceSamples.YEAR);
        criterion = EvidenceSamples.freshCriterion();
    }

    @Test
    void emptyFileIsRefused() {
        assertRefused(upload("trống.pdf", new byte[0]), 400, "Tệp \"trống.pdf\" rỗng (0 byte); hãy chọn tệp có nội dung.");
    }

    @Test
    void pathTraversalInTheNameIsRefused() {
        String message = "Tên tệp không hợp lệ: tên tệp không được chứa đường dẫn (/, \\, ..) hoặc ký tự điều khiển.";
        assertRefused(upload("../../etc/passwd.pdf", EvidenceSamples.pdf("x")), 400, message);
        assertRefused(upload("..\\..\\boot.ini.pdf", EvidenceSamples.pdf("x")), 400, message);
    }

    @Test
    void controlCharactersInTheNameAreRefused() {
        assertRefused(upload("báo\u0007cáo.pdf", EvidenceSamples.pdf("x")), 400,
                "Tên tệp không hợp lệ: tên tệp không được chứa đường dẫn (/, \\, ..) hoặc ký tự điều khiển.");
    }

    @Test
    void executableRenamedToPdfIsRefused() {
        assertRefused(upload("quyết định.pdf", EvidenceSamples.windowsExecutable()), 415,
                "Không chấp nhận tệp chương trình thực thi hoặc mã lệnh (\"quyết định.pdf\", "
                        + "application/x-msdownload).");
    }

    @Test
    void javaArchiveIsRefusedAsExecutable() {
        HttpResponse<String> response = upload("tiện ích.docx", EvidenceSamples.zip("META-INF/MANIFEST.MF", "a/B.class"));
        assertRefused(response, 415,
                "Không chấp nhận tệp chương trình thực thi hoặc mã lệnh (\"tiện ích.docx\", application/java-archive).");
    }

    @Test
    void archiveIsRefused() {
        assertRefused(upload("hồ sơ.zip", EvidenceSamples.zip("a.pdf", "b.pdf")), 415,
                "Không chấp nhận tệp nén (\"hồ sơ.zip\", application/zip); hãy giải nén và tải lên từng tài liệu.");
    }

    @Test
    void unknownTypeIsRefused() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload("trang.pdf", html), 415, "Định dạng tệp \"trang.pdf\" (text/html) không được chấp nhận. "
                + "Chỉ nhận tài liệu (PDF, Word, Excel, PowerPoint, OpenDocument, văn bản), hình ảnh, âm thanh và video.");
    }

    @Test
    void imageAboveItsLimitIsRefused() {
        assertRefused(upload("ảnh trụ sở.png", EvidenceSamples.png(21 * 1024 * 1024)), 413,
                "Tệp \"ảnh trụ sở.png\" quá lớn (21,0 MB): hình ảnh chỉ được tối đa 20,0 MB.");
    }

    @Test
    void officeDocumentIsRecognisedInsideItsZipContainer() {
        HttpResponse<String> response = upload("Kế hoạch.docx", EvidenceSamples.docx());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(EvidenceApi.json(response).get("mediaType").asText())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aPictureNamedPdfIsRefusedByItsExtension() {
        assertRefused(upload("ảnh.pdf", EvidenceSamples.png(1000)), 415, "Tệp \"ảnh.pdf\" có phần mở rộng .pdf nhưng "
                + "nội dung là hình ảnh PNG; hãy kiểm tra đã chọn đúng tệp, hoặc đổi phần mở rộng thành .png rồi tải lên lại.");
    }

    @Test
    void aTextNamedPdfIsRefusedByItsExtension() {
        byte[] text = "Biên bản họp ngày 12/3".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload("biên bản.pdf", text), 415, "Tệp \"biên bản.pdf\" có phần mở rộng .pdf nhưng nội dung là "
                + "văn bản thuần (text); hãy kiểm tra đã chọn đúng tệp, hoặc đổi phần mở rộng thành .txt rồi tải lên lại.");
    }

    @Test
    void aNameWithoutExtensionGetsTheExtensionOfItsContent() {
        HttpResponse<String> response = upload("Ảnh trụ sở", EvidenceSamples.png(1000));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(EvidenceApi.json(response).get("fileName").asText()).isEqualTo("Ảnh trụ sở.png");
        assertThat(EvidenceApi.json(response).get("mediaType").asText()).isEqualTo("image/png");
    }

    @Test
    void aDecompressionBombInAWordDocumentIsRefused() {
        byte[] bomb = EvidenceSamples.docxWith("word/media/image1.bin", new byte[300 * 1024 * 1024]);

        assertRefused(upload("Kế hoạch.docx", bomb), 422, "Không chấp nhận tệp \"Kế hoạch.docx\": tệp giải nén ra dung "
                + "lượng bất thường (tỷ lệ nén quá lớn), có thể là tệp độc hại.");
    }

    @Test
    void aProgramInsideAWordDocumentIsRefused() {
        assertRefused(upload("Kế hoạch.docx", EvidenceSamples.docxWith("word/embeddings/setup.exe",
                EvidenceSamples.windowsExecutable())), 422, "Không chấp nhận tệp \"Kế hoạch.docx\": tệp chứa chương "
                + "trình thực thi (word/embeddings/setup.exe).");
        assertRefused(upload("Kế hoạch.docx", EvidenceSamples.docxWith("word/embeddings/oleObject1.bin",
                EvidenceSamples.windowsExecutable())), 422, "Không chấp nhận tệp \"Kế hoạch.docx\": tệp chứa chương "
                + "trình thực thi (word/embeddings/oleObject1.bin).");
        assertRefused(upload("Kế hoạch.docx", EvidenceSamples.docxWith("word/vbaProject.bin", new byte[64])), 422,
                "Không chấp nhận tệp \"Kế hoạch.docx\": tệp chứa macro (mã lệnh VBA); hãy lưu lại tài liệu không kèm macro.");
    }

    @Test
    void aCriterionOutsideTheCatalogAndAYearWithoutCampaignAreRefused() {
        assertRefused(api.upload(OFFICER, "02947", 2031, "ZZZ-999", "a.pdf", EvidenceSamples.pdf("a")), 400,
                "Tiêu chí \"ZZZ-999\" không có trong bộ tiêu chí đánh giá năm 2031 của đơn vị.");
        // No campaign that year, so no self-assessment open: the write rule answers first.
        assertRefused(api.upload(OFFICER, "02947", 2099, criterion, "a.pdf", EvidenceSamples.pdf("a")), 409,
                "Chỉ thay đổi được tài liệu minh chứng năm 2099 khi đơn vị đang tự đánh giá hoặc bổ sung hồ sơ năm đó.");
    }

    /**
     * A PDF over the document limit is refused from its first bytes and the size the browser announced: while its
     * body still arrives, no temporary file on the server grows beyond those first bytes.
     */
    @Test
    void aPdfOverItsLimitIsRefusedBeforeItsBodyIsStored() {
        long size = 60L * 1024 * 1024;
        long[] largestSpooled = {0};
        Path spool = Path.of("target/test-data/tmp/uploads");
        HttpResponse<String> response = api.upload(OFFICER, "02947", 2031, criterion, "Báo cáo lớn.pdf",
                () -> new SequenceInputStream(new ByteArrayInputStream(EvidenceSamples.pdf("lớn")), new GeneratedVideo(size)) {
                    private long sent;

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = super.read(buffer, offset, length);
                        sent += Math.max(n, 0);
                        if (sent % (4 * 1024 * 1024) < n) {
                            largestSpooled[0] = Math.max(largestSpooled[0], largestFile(spool));
                        }
                        return n;
                    }
                }, EvidenceSamples.pdf("lớn").length + size);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(EvidenceApi.json(response).get("message").asText()).startsWith("Tệp \"Báo cáo lớn.pdf\" quá lớn (60,0 MB)");
        assertThat(largestSpooled[0]).as("bytes of the body stored while it arrived").isLessThanOrEqualTo(64 * 1024);
    }

    private static long largestFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).max().orElse(0);
        }
    }

    @Test
    void reservedCharactersInTheNameAreReplaced() {
        HttpResponse<String> response = upload("Biên bản: họp *quý* 1?.pdf", EvidenceSamples.pdf("x"));

        assertThat(EvidenceApi.json(response).get("fileName").asText()).isEqualTo("Biên bản_ họp _quý_ 1_.pdf");
    }

    @Test
    void unknownUnitAndMalformedCriterionAreRefused() {
        // Nobody is an officer of an unknown unit (the write rule), administrators included.
        assertRefused(api.upload("admin", "99999", 2031, criterion, "a.pdf", EvidenceSamples.pdf("a")), 403,
                "Chỉ cán bộ UBND của đơn vị mới được thay đổi tài liệu minh chứng của đơn vị.");
        assertRefused(api.upload(OFFICER, "02947", 2031, "../x", "a.pdf", EvidenceSamples.pdf("a")), 400,
                "Mã tiêu chí không hợp lệ: chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang (tối đa 40 ký tự).");
    }

    /** The reports folder is filed by the report steps, each with its own write rule: never as evidence. */
    @Test
    void theReportsFolderIsNoCriterion() {
        assertRefused(api.upload(OFFICER, "02947", 2031, "BAO-CAO", "Mẫu 02 - Báo cáo kết quả thẩm định.pdf",
                EvidenceSamples.pdf("giả")), 400, "\"BAO-CAO\" là thư mục báo cáo, không phải một tiêu chí: báo cáo đã ký "
                + "được tải lên ở bước tương ứng của hồ sơ.");
        assertRefused(api.upload(OFFICER, "02947", 2031, "bao-cao", "a.pdf", EvidenceSamples.pdf("giả")), 400,
                "\"BAO-CAO\" là thư mục báo cáo, không phải một tiêu chí: báo cáo đã ký được tải lên ở bước tương ứng "
                + "của hồ sơ.");
    }

    private HttpResponse<String> upload(String fileName, byte[] content) {
        return api.upload(OFFICER, "02947", 2031, criterion, fileName, content);
    }

    private void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(EvidenceApi.json(response).get("message").asText()).isEqualTo(message);
        assertThat(EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=02947&year=2031&criterion=" + criterion)))
                .as("nothing stored").isEmpty();
    }
}
