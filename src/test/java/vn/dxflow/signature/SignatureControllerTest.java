package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.springframework.util.MultiValueMap;
import vn.dxflow.DxflowSpringTest;

/** End to end through the real stack: upload, authentication, production trust anchors, JSON report. */
@DxflowSpringTest
class SignatureControllerTest {

    @Autowired
    TestRestTemplate rest;

    private ResponseEntity<JsonNode> upload(TestRestTemplate client, byte[] pdf) {
        return upload(client, pdf, null);
    }

    private ResponseEntity<JsonNode> upload(TestRestTemplate client, byte[] pdf, String at) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        if (at != null) {
            body.add("at", at);
        }
        body.add("file", new ByteArrayResource(pdf) {
            @Override
            public String getFilename() {
                return "bien-ban.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.postForEntity("/api/signatures/verify", new HttpEntity<>(body, headers), JsonNode.class);
    }

    @Test
    void uploadedPdfSignedOutsideTheProductionAnchorsIsReportedUntrusted() {
        byte[] pdf = TestSigner.with(TestPki.get().rsaSigner).sign(TestPdfs.record(false));

        ResponseEntity<JsonNode> response = upload(rest.withBasicAuth("officer02947", "demo"), pdf);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("indication").asText()).isEqualTo("INDETERMINATE");
        JsonNode signature = response.getBody().get("signatures").get(0);
        assertThat(signature.get("subIndication").asText()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        assertThat(signature.get("signer").get("identifiers").get(0).asText()).isEqualTo("CCCD:001099012345");
        assertThat(response.getBody().get("report").asText()).contains("Chứng thư số không thuộc tổ chức");
    }

    @Test
    void validationTimeIsTakenAndEchoedWithIntegrityAndTrustApart() {
        byte[] pdf = TestSigner.with(TestPki.get().rsaSigner).sign(TestPdfs.record(false));

        ResponseEntity<JsonNode> response = upload(rest.withBasicAuth("officer02947", "demo"), pdf,
                "2026-11-20T10:00:00+07:00");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(java.time.Instant.parse(response.getBody().get("validationTime").asText()))
                .isEqualTo(java.time.Instant.parse("2026-11-20T03:00:00Z"));
        JsonNode signature = response.getBody().get("signatures").get(0);
        assertThat(signature.get("integrity").asText()).isEqualTo("UNMODIFIED");
        assertThat(signature.get("trust").get("chain").asText()).isEqualTo("INDETERMINATE");
    }

    @Test
    void unreadableValidationTimeIsRefusedInVietnamese() {
        ResponseEntity<JsonNode> response = upload(rest.withBasicAuth("officer02947", "demo"), TestPdfs.record(false),
                "20/11/2026");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText()).contains("Thời điểm kiểm tra", "2024-11-20T10:00:00+07:00");
    }

    @Test
    void anonymousUploadIsRejected() {
        ResponseEntity<JsonNode> response = upload(rest, TestPdfs.record(false));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
