package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.TestUploads;
import vn.dxflow.cycle.OpenDossiers;

/**
 * A signed Mẫu 01 whose signature can be neither confirmed nor refuted (INDETERMINATE: here a certificate of a CA
 * DXFlow does not trust) is never filed silently: a campaign that refuses them says why, one that accepts them stores
 * the verdict with its reason, which the official reads in the answer.
 */
@DxflowSpringTest
class IndeterminateSignaturePolicyTest {

    private static final String OFFICER = "officer02950";

    @Autowired
    private OpenDossiers dossiers;
    @Autowired
    private TestRestTemplate rest;
    @TempDir
    Path untrustedPki;

    @Test
    void aCampaignThatRefusesThemSaysWhy() {
        dossiers.campaign("10", 2041, "indeterminateSignatures: refuse\n");
        String id = dossiers.selfAssessing("02950", 2041);

        ResponseEntity<JsonNode> refused = upload(id, signedByAnUntrustedCa(id));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        String message = refused.getBody().get("message").asText();
        assertThat(message).startsWith("Chưa xác minh được chữ ký số của Mẫu 01 - Báo cáo kết quả tự đánh giá, và đợt "
                + "đánh giá này chỉ nhận báo cáo có chữ ký đã xác minh. ");
        assertThat(message.length()).as("the verifier's reason follows").isGreaterThan(140);
    }

    @Test
    void aCampaignThatAcceptsThemStoresTheVerdictAndItsReason() {
        dossiers.campaign("10", 2042, "");
        String id = dossiers.selfAssessing("02950", 2042);

        ResponseEntity<JsonNode> stored = upload(id, signedByAnUntrustedCa(id));

        assertThat(stored.getStatusCode().value()).isEqualTo(201);
        assertThat(stored.getBody().get("signatureIndication").asText()).isEqualTo("INDETERMINATE");
        assertThat(stored.getBody().get("signatureSubIndication").asText()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
        assertThat(stored.getBody().get("signatureReport").asText()).isNotBlank();
    }

    /** The generated Mẫu 01, as the officer downloads it, signed with a certificate of another CA. */
    private byte[] signedByAnUntrustedCa(String id) {
        byte[] generated = rest.withBasicAuth(OFFICER, "demo").getForObject("/api/reports/" + id + "/mau-01", byte[].class);
        DemoPki otherCa = new DemoPki(new DemoSigningProperties(true, untrustedPki));
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        PadesSigner.sign(generated, otherCa.credential(OFFICER, "Cán bộ UBND xã Tân Tiến"), "Cán bộ UBND xã Tân Tiến",
                "Ký Mẫu 01", Calendar.getInstance(), null, signed);
        return signed.toByteArray();
    }

    private ResponseEntity<JsonNode> upload(String id, byte[] pdf) {
        return rest.withBasicAuth(OFFICER, "demo").postForEntity("/api/reports/" + id + "/mau-01/signed",
                TestUploads.multipart("file", "Mau-01-da-ky.pdf", pdf, Map.of()), JsonNode.class);
    }
}
