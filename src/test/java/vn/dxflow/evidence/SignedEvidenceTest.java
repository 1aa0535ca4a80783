package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.cycle.OpenDossiers;

/**
 * PDFs are verified on upload and the verdict is kept with the document; where the campaign requires signed
 * evidence (10-2024, Thanh Hóa's rule) unsigned documents are refused, images and videos are not.
 */
@DxflowSpringTest
class SignedEvidenceTest {

    /** A commune of Lào Cai whose 2024 dossier (Thanh Hóa's catalog: criteria 1.1, 1.2 …) no test submits. */
    private static final String OFFICER = "officer02968";
    private static final String UNIT = "02968";

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;
    EvidenceApi api;

    @BeforeEach
    void client() {
        api = new EvidenceApi(port);
        dossiers.selfAssessing(UNIT, 2024);
        dossiers.selfAssessing(UNIT, 2031);
    }

    @Test
    void anUnsignedPdfIsRefusedWhereSignedEvidenceIsRequired() {
        HttpResponse<String> response = api.upload(OFFICER, UNIT, 2024, "1.1",
                "Báo cáo.pdf", EvidenceSamples.pdf("chưa ký"));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(EvidenceApi.json(response).get("message").asText())
                .isEqualTo("Đợt đánh giá này yêu cầu tài liệu minh chứng có ký số, nhưng tệp PDF chưa được ký số.");
    }

    @Test
    void aWordDocumentIsRefusedWhereSignedEvidenceIsRequired() {
        HttpResponse<String> response = api.upload(OFFICER, UNIT, 2024, "1.2",
                "Kế hoạch.docx", EvidenceSamples.docx());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(EvidenceApi.json(response).get("message").asText()).contains("bản PDF có ký số");
    }

    @Test
    void imagesNeedNoSignature() {
        HttpResponse<String> response = api.upload(OFFICER, UNIT, 2024, "1.3",
                "Ảnh hội nghị.png", EvidenceSamples.png(1024));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(EvidenceApi.json(response).get("signatureIndication").isNull()).isTrue();
    }

    @Test
    void elsewhereAPdfIsAcceptedWithItsVerdictShown() {
        HttpResponse<String> response = api.upload(OFFICER, UNIT, 2031, EvidenceSamples.freshCriterion(),
                "Báo cáo.pdf", EvidenceSamples.pdf("chưa ký"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode stored = EvidenceApi.json(api.get(OFFICER, "/api/evidence/" + EvidenceApi.json(response).get("id").asText()));
        assertThat(stored.get("signatureIndication").asText()).isNotEmpty().isNotEqualTo("TOTAL_PASSED");
        assertThat(stored.get("signatureReport").asText()).isNotBlank();
    }
}
