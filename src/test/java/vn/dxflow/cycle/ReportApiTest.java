package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.catalog.Catalogs;
import vn.dxflow.catalog.Criterion;
import vn.dxflow.catalog.CriterionValue;
import vn.dxflow.catalog.Threshold;
import vn.dxflow.report.DemoPki;

/**
 * The report downloads through the real stack: an assessment driven to recognition, then its reports fetched by
 * the people who may and may not see the unit (here, in package cycle, to drive the process with CycleDriver).
 */
@DxflowSpringTest
class ReportApiTest {

    private static final String UNIT = "02992";

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private AssessmentValues values;
    @Autowired
    private Catalogs catalogs;
    @Autowired
    private FormService forms;
    @Autowired
    private IdentityService identity;
    @Autowired
    private DemoPki demoPki;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    /** Values that meet level 1 of the Kon Tum commune catalog everywhere. */
    private Map<String, CriterionValue> meetingLevelOne() {
        Map<String, CriterionValue> met = new LinkedHashMap<>();
        for (Criterion criterion : catalogs.get("kontum-2025-commune").criteria()) {
            Threshold threshold = criterion.levels().get(1);
            if (threshold instanceof Threshold.PercentMin p) {
                met.put(criterion.code(), new CriterionValue(p.min(), null, null, null));
            } else if (threshold instanceof Threshold.YesNo) {
                met.put(criterion.code(), CriterionValue.ofYes(true));
            } else if (threshold instanceof Threshold.CountMin c) {
                met.put(criterion.code(), CriterionValue.ofCount(c.min()));
            } else if (threshold instanceof Threshold.CountOrPercent c) {
                met.put(criterion.code(), new CriterionValue(null, null, c.minCount(), null));
            }
        }
        return met;
    }

    /** Lương Sơn registers level 1, self-assesses, is appraised and recognised at level 1. */
    private String recognizedAtLevelOne() {
        cycle.clockAt("2025-01-05T08:00");
        String id = cycle.startAssessment("10-2025", UNIT);
        cycle.complete(id, REGISTER, "officer" + UNIT, Map.of(TARGET_LEVEL, 1L));
        cycle.clockAt("2025-11-20T08:00");
        values.save(id, AssessmentValues.Source.SELF_ASSESSED, meetingLevelOne(), "officer" + UNIT);
        cycle.complete(id, SELF_ASSESS, "officer" + UNIT, Map.of("submissionConfirmed", true));
        values.save(id, AssessmentValues.Source.APPRAISED, meetingLevelOne(), "appraisal087");
        cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
        identity.setAuthentication("chairman087", List.of("chairman087"));
        try {
            forms.submitTaskForm(cycle.task(id, RECOGNIZE).getId(), Map.of(RECOGNITION_DECISION, "RECOGNIZED",
                    RECOGNIZED_LEVEL, 1L, "recognitionReason", "Theo kết quả thẩm định"));
        } finally {
            identity.clearAuthentication();
        }
        return id;
    }

    /** A Thanh Hóa-style campaign (10-2024): appraisal, a steering-committee opinion, verification, recognition. */
    private String verifiedThanhHoaCommune() {
        cycle.clockAt("2024-11-01T08:00");
        String id = cycle.startAssessment("10-2024", "02947");
        values.save(id, AssessmentValues.Source.SELF_ASSESSED, Map.of("1.1", CriterionValue.ofYes(true)), "officer02947");
        cycle.complete(id, SELF_ASSESS, "officer02947", Map.of("submissionConfirmed", true));
        values.save(id, AssessmentValues.Source.APPRAISED, Map.of("1.1", CriterionValue.ofYes(true)), "appraisal087");
        cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "COMPLETE"));
        cycle.complete(id, GIVE_OPINION, "steering10", Map.of(OPINION, "DAT_YEU_CAU"));
        cycle.complete(id, VERIFY, "department10", Map.of(VERIFICATION_RESULT, "DAT"));
        return id;
    }

    private ResponseEntity<byte[]> get(String user, String path) {
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, "demo");
        return client.getForEntity(path, byte[].class);
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String message(ResponseEntity<byte[]> response) throws Exception {
        JsonNode body = new ObjectMapper().readTree(response.getBody());
        return body.get("message").asText();
    }

    @Test
    void unauthenticatedIsAskedToLogIn() throws Exception {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> response = get(null, "/api/reports/" + id + "/mau-01");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(message(response)).isEqualTo("Bạn cần đăng nhập để sử dụng chức năng này.");
    }

    @Test
    void anotherCommuneIsRefused() throws Exception {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> response = get("officer02950", "/api/reports/" + id + "/mau-01");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(message(response)).isEqualTo("Bạn không có quyền truy cập dữ liệu của đơn vị này.");
    }

    @Test
    void theOwnUnitDownloadsItsSelfAssessmentReport() throws Exception {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> response = get("officer" + UNIT, "/api/reports/" + id + "/mau-01");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"Bao cao ket qua thuc hien cac tieu chi chuyen doi so - xa Luong Son")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3");
        assertThat(text(response.getBody())).contains("ỦY BAN NHÂN DÂN XÃ LƯƠNG SƠN",
                "Kết quả thực hiện các tiêu chí chuyển đổi số trên địa bàn xã Lương Sơn, huyện Bảo Yên năm 2025",
                "Lương Sơn, ngày 20 tháng 11 năm 2025", "Nơi nhận:", "- Ủy ban nhân dân huyện Bảo Yên;",
                "1.1. Tiêu chí số 1.1: Tỷ lệ thủ tục hành chính", "b) Kết quả: 50%", "c) Đánh giá: Đạt", "Phụ lục 01");
    }

    @Test
    void theDistrictDownloadsItsAppraisalAndDecision() throws Exception {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> appraisal = get("appraisal087", "/api/reports/" + id + "/mau-02");
        ResponseEntity<byte[]> decision = get("chairman087", "/api/reports/" + id + "/quyet-dinh");

        assertThat(appraisal.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(appraisal.getBody())).contains("ỦY BAN NHÂN DÂN HUYỆN BẢO YÊN",
                "Ủy ban nhân dân huyện Bảo Yên báo cáo kết quả thẩm định như sau:",
                "Mức độ chuyển đổi số đạt được: Mức 1 - Khởi động.", "Kết quả: ĐẠT", "Phụ lục số 02");
        assertThat(decision.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(decision.getBody())).contains("QUYẾT ĐỊNH", "Số:", "/QĐ-UBND",
                "Về việc công nhận mức độ chuyển đổi số cấp xã năm 2025", "Xã Lương Sơn Mức 1 - Khởi động");
    }

    @Test
    void stepsTheCampaignDoesNotHaveHaveNoReport() throws Exception {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> opinion = get("officer" + UNIT, "/api/reports/" + id + "/mau-03");
        ResponseEntity<byte[]> unknown = get("officer" + UNIT, "/api/reports/" + id + "/mau-99");

        assertThat(opinion.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(message(opinion)).contains("không lấy ý kiến thành viên Ban Chỉ đạo");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(message(unknown)).isEqualTo("Không có loại báo cáo này.");
    }

    @Test
    void theProvinceDownloadsItsSynthesisAndCommunesDoNot() throws Exception {
        recognizedAtLevelOne();

        ResponseEntity<byte[]> province = get("department10", "/api/reports/campaigns/10-2025/synthesis");
        ResponseEntity<byte[]> commune = get("officer" + UNIT, "/api/reports/campaigns/10-2025/synthesis");

        assertThat(province.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(province.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(text(province.getBody())).contains("UBND TỈNH LÀO CAI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                "Kính gửi: Bộ Khoa học và Công nghệ.", "Xã Lương Sơn Huyện Bảo Yên Mức 1 - Khởi động");
        assertThat(commune.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aDemoUserSignsTheReportWithHisDemoCertificate() throws Exception {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> response = rest.withBasicAuth("chairman087", "demo")
                .postForEntity("/api/reports/" + id + "/mau-02/demo-sign", HttpEntity.EMPTY, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        byte[] signed = response.getBody();
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    signature.getContents());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))).isTrue();
            new JcaX509CertificateConverter().getCertificate(holder).verify(demoPki.caCertificate().getPublicKey());
            assertThat(holder.getSubject().toString()).contains("UID=chairman087");
            assertThat(signature.getName()).isEqualTo(identity.createUserQuery().userId("chairman087").singleResult()
                    .getFirstName() + " " + identity.createUserQuery().userId("chairman087").singleResult().getLastName());
            assertThat(holder.getSubject().toString()).contains("CN=" + signature.getName());
        }
        assertThat(text(signed)).contains("Kết quả: ĐẠT");
    }

    @Test
    void anotherCommuneCannotHaveTheReportSigned() {
        String id = recognizedAtLevelOne();

        ResponseEntity<byte[]> response = rest.withBasicAuth("officer02950", "demo")
                .postForEntity("/api/reports/" + id + "/mau-01/demo-sign", HttpEntity.EMPTY, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void opinionAndVerificationReportsOfAThanhHoaStyleCampaign() throws Exception {
        String id = verifiedThanhHoaCommune();

        ResponseEntity<byte[]> opinion = get("steering10", "/api/reports/" + id + "/mau-03");
        ResponseEntity<byte[]> verification = get("department10", "/api/reports/" + id + "/mau-04");

        assertThat(opinion.getStatusCode()).isEqualTo(HttpStatus.OK);
        // The member's own agency (campaign 10-2024: steering10 is from Sở Nội vụ), the choice and the member's name.
        assertThat(text(opinion.getBody())).contains("UBND TỈNH LÀO CAI SỞ NỘI VỤ", "/SNV",
                "V/v ý kiến về hồ sơ và kết quả thực hiện các tiêu chí chuyển đổi số của đơn vị thị trấn Phố Ràng",
                "Kính gửi: Ủy ban nhân dân huyện Bảo Yên", "Kết quả: ĐẠT YÊU CẦU",
                "THÀNH VIÊN BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ TỈNH Thành viên Ban Chỉ đạo chuyển đổi số Tỉnh Lào Cai",
                "- BCĐ chuyển đổi số tỉnh (để b/c);", "- Sở Thông tin và Truyền thông (để tổng hợp);");
        assertThat(verification.getStatusCode()).isEqualTo(HttpStatus.OK);
        // Seed 001's department of 2024: Sở Thông tin và Truyền thông, "BC-STTTT", "Kết quả thẩm tra của Sở TTTT".
        assertThat(text(verification.getBody())).contains("/BC-STTTT",
                "Sở Thông tin và Truyền thông báo cáo kết quả thẩm tra về hồ sơ và kết quả thực hiện các tiêu chí "
                        + "chuyển đổi số của thị trấn Phố Ràng như sau:",
                "Kết quả: ĐẠT", "SỞ THẨM TRA Sở thẩm tra Tỉnh Lào Cai", "Phụ lục số 03", "Kết quả thẩm tra của Sở TTTT");
    }
}
