package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dxflow.cycle.UnitAssessmentProcess.Elements.*;
import static vn.dxflow.cycle.UnitAssessmentProcess.Variables.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.TestUploads;

/**
 * The write rule through a whole Thanh Hóa cycle (10-2024: appraisal by the district, opinions, verification,
 * recognition by the province) of one commune: at every step, only whoever holds it changes what it produces.
 * Supervisors who may read the dossier never change it; a signed report is filed only by the step's role, only
 * while the step is open, and only when it is the report DXFlow generated for this assessment, signed.
 */
@DxflowSpringTest
class WriteRulesTest {

    private static final String CAMPAIGN = "10-2024";
    private static final String UNIT = "02992";
    private static final String OFFICER = "officer02992";
    /** A criterion of the campaign's commune catalog (catalogs/thanhhoa-2023-commune.yaml). */
    private static final String CRITERION = "1.1";

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    @Test
    void eachStepIsWrittenOnlyByWhoHoldsIt() {
        cycle.clockAt("2024-11-01T08:00");
        String id = cycle.startAssessment(CAMPAIGN, UNIT);

        // Self-assessment: the unit's officers write evidence, values and Mẫu 01; nobody above them does.
        ResponseEntity<JsonNode> evidence = uploadEvidence(OFFICER, CRITERION, "Ảnh hội nghị.png");
        assertThat(evidence.getStatusCode().value()).isEqualTo(201);
        String documentId = evidence.getBody().get("id").asText();
        for (String supervisor : new String[] {"appraisal087", "receiving087", "chairman087", "steering10", "department10",
            "chairman10", "chairman02992"}) {
            assertRefused(uploadEvidence(supervisor, CRITERION, "Thay thế.png"), 403,
                    "Chỉ cán bộ UBND của đơn vị mới được thay đổi tài liệu minh chứng của đơn vị.");
            assertRefused(send(supervisor, HttpMethod.DELETE, "/api/evidence/" + documentId), 403,
                    "Chỉ cán bộ UBND của đơn vị mới được thay đổi tài liệu minh chứng của đơn vị.");
        }
        assertThat(send("officer02947", HttpMethod.DELETE, "/api/evidence/" + documentId).getStatusCode().value())
                .as("another commune's officer").isEqualTo(403);
        assertRefused(putValues("appraisal087", id, "self-assessed"), 403,
                "Chỉ người thực hiện bước tự đánh giá hoặc bổ sung hồ sơ của hồ sơ này mới được nhập số liệu này.");
        assertRefused(putValues(OFFICER, id, "appraised"), 403,
                "Chỉ người thực hiện bước thẩm định của hồ sơ này mới được nhập số liệu này.");
        byte[] mau01 = demoSigned(OFFICER, id, "mau-01");
        assertStatus(uploadSigned(OFFICER, id, "mau-01", mau01), 201);
        assertRefused(uploadSigned(OFFICER, id, "mau-02", mau01), 403,
                "Chỉ người thực hiện bước thẩm định của hồ sơ này mới được tải lên Mẫu 02 - Báo cáo kết quả thẩm định đã ký.");
        assertRefused(uploadSigned("appraisal087", id, "mau-02", demoSigned("appraisal087", id, "mau-02")), 409,
                "Hồ sơ không ở bước thẩm định của bạn nên không thể tải lên Mẫu 02 - Báo cáo kết quả thẩm định đã ký "
                        + "(bước này đã kết thúc hoặc chưa đến).");

        cycle.selfAssess(id, OFFICER, "thanhhoa-2023-commune", null);

        // Submitted: the unit's evidence is closed, even to its officers.
        assertRefused(uploadEvidence(OFFICER, CRITERION, "Muộn.png"), 409,
                "Chỉ thay đổi được tài liệu minh chứng năm 2024 khi đơn vị đang tự đánh giá hoặc bổ sung hồ sơ năm đó.");
        assertThat(send(OFFICER, HttpMethod.DELETE, "/api/evidence/" + documentId).getStatusCode().value()).isEqualTo(409);

        // Appraisal: the district's council files Mẫu 02 (the one DXFlow generated, signed), nobody else.
        assertRefused(uploadSigned("appraisal087", id, "mau-02", mau01), 422,
                "Tệp đã ký không phải là Mẫu 02 - Báo cáo kết quả thẩm định do DXFlow tạo cho hồ sơ này: hãy tải báo "
                        + "cáo về từ biểu mẫu, ký số mà không sửa nội dung, rồi tải lên tệp đã ký.");
        byte[] mau02 = demoSigned("appraisal087", id, "mau-02");
        assertStatus(uploadSigned("chairman087", id, "mau-02", mau02), 403);
        assertStatus(uploadSigned("appraisal087", id, "mau-02", mau02), 201);

        // A supplement reopens the unit's evidence to its officers, and only to them.
        cycle.complete(id, APPRAISE, "appraisal087", Map.of(APPRAISAL_DECISION, "SUPPLEMENT",
                SUPPLEMENT_REQUEST, "Bổ sung ảnh hội nghị", SUPPLEMENT_DAYS, 3L));
        assertStatus(uploadEvidence(OFFICER, CRITERION, "Ảnh bổ sung.png"), 201);
        assertStatus(uploadEvidence("appraisal087", CRITERION, "Ảnh khác.png"), 403);
        cycle.complete(id, SUPPLEMENT, OFFICER, Map.of(SUPPLEMENT_NOTE, "Đã bổ sung"));
        cycle.appraise(id, "appraisal087", "thanhhoa-2023-commune", null);
        assertStatus(uploadSigned("appraisal087", id, "mau-02", mau02), 409);

        // Opinions: the steering member the task is assigned to files his Mẫu 03.
        byte[] mau03 = demoSigned("steering10", id, "mau-03");
        assertStatus(uploadSigned("department10", id, "mau-03", mau03), 403);
        assertStatus(uploadSigned("steering10", id, "mau-03", mau03), 201);
        cycle.complete(id, GIVE_OPINION, "steering10", Map.of(OPINION, "DAT_YEU_CAU"));

        // Verification: the province department files Mẫu 04.
        byte[] mau04 = demoSigned("department10", id, "mau-04");
        assertStatus(uploadSigned("steering10", id, "mau-04", mau04), 403);
        assertStatus(uploadSigned("department10", id, "mau-04", mau04), 201);
        cycle.complete(id, VERIFY, "department10", Map.of(VERIFICATION_RESULT, "DAT"));

        // Recognition: the decision exists once recognised; the recognising chairman (the province's here) files it
        // signed, not the commune's own.
        assertRefused(uploadSigned("chairman10", id, "quyet-dinh", mau04), 409, "Hồ sơ không ở bước ký quyết định "
                + "công nhận của bạn nên không thể tải lên Quyết định công nhận mức độ chuyển đổi số đã ký (bước này "
                + "đã kết thúc hoặc chưa đến).");
        cycle.complete(id, RECOGNIZE, "chairman10", Map.of(RECOGNITION_DECISION, "RECOGNIZED", RECOGNIZED_LEVEL, 0L));
        byte[] decision = demoSigned("chairman10", id, "quyet-dinh");
        assertStatus(uploadSigned("chairman02992", id, "quyet-dinh", decision), 403);
        assertStatus(uploadSigned("chairman10", id, "quyet-dinh", decision), 201);
    }

    private ResponseEntity<JsonNode> uploadEvidence(String user, String criterion, String fileName) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/evidence?unit={unit}&year=2024&criterion={criterion}"
                + "&name={name}", new HttpEntity<>(TestUploads.png(), headers), JsonNode.class, UNIT, criterion, fileName);
    }

    private ResponseEntity<JsonNode> uploadSigned(String user, String id, String kind, byte[] pdf) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/reports/" + id + "/" + kind + "/signed",
                TestUploads.multipart("file", "da-ky.pdf", pdf, Map.of()), JsonNode.class);
    }

    private byte[] demoSigned(String user, String id, String kind) {
        return rest.withBasicAuth(user, "demo").postForObject("/api/reports/" + id + "/" + kind + "/demo-sign", null,
                byte[].class);
    }

    private ResponseEntity<JsonNode> putValues(String user, String id, String source) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/api/assessments/" + id + "/" + source, HttpMethod.PUT,
                new HttpEntity<>("{}", headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String path) {
        return rest.withBasicAuth(user, "demo").exchange(path, method, null, JsonNode.class);
    }

    private static void assertStatus(ResponseEntity<JsonNode> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, int status, String message) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getBody().get("message").asText()).isEqualTo(message);
    }
}
