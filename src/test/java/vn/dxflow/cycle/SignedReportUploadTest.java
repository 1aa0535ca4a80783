package vn.dxflow.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.dxflow.DxflowSpringTest;

/**
 * A signed Mẫu 01 uploaded by the unit is verified (the demo CA is trusted in the demo configuration), stored
 * in CMIS beside the evidence with its verdict, and recorded in the process; unsigned or tampered files are refused.
 */
@DxflowSpringTest
class SignedReportUploadTest {

    @Autowired
    private CycleDriver cycle;
    @Autowired
    private TestRestTemplate rest;

    @AfterEach
    void reset() {
        cycle.reset();
    }

    private ResponseEntity<JsonNode> upload(String user, String instance, byte[] pdf) {
        var body = new LinkedMultiValueMap<String, Object>();
        body.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "mau-01-da-ky.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/reports/" + instance + "/mau-01/signed",
                new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void aSignedReportIsVerifiedStoredAndRecorded() {
        cycle.clockAt("2025-11-01T08:00");
        String instance = cycle.startAssessment("70-2025", "25195");
        byte[] signed = rest.withBasicAuth("officer25195", "demo")
                .postForObject("/api/reports/" + instance + "/mau-01/demo-sign", null, byte[].class);

        ResponseEntity<JsonNode> stored = upload("officer25195", instance, signed);

        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(stored.getBody().get("criterion").asText()).isEqualTo("BAO-CAO");
        assertThat(stored.getBody().get("signatureIndication").asText()).isIn("TOTAL_PASSED", "INDETERMINATE");
        assertThat(stored.getBody().get("signatureReport").asText()).isNotBlank();
        assertThat((String) cycle.variable(instance, "signedReport_MAU_01")).endsWith(stored.getBody().get("sha256").asText());

        byte[] tampered = signed.clone();
        int inSignedRange = new String(signed, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("BT");
        tampered[inSignedRange + 3] ^= 0x01;
        ResponseEntity<JsonNode> refused = upload("officer25195", instance, tampered);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("message").asText()).startsWith("Chữ ký số của Mẫu 01");

        byte[] unsigned = rest.withBasicAuth("officer25195", "demo").getForObject("/api/reports/" + instance + "/mau-01", byte[].class);
        ResponseEntity<JsonNode> notSigned = upload("officer25195", instance, unsigned);
        assertThat(notSigned.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(notSigned.getBody().get("message").asText()).startsWith("Tệp PDF chưa được ký số");

        assertThat(upload("officer25198", instance, signed).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
