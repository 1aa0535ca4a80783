package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.evidence.server.EmbeddedCmisServer;

/** With the repository down the user gets a clear 503, nothing is indexed, and the same upload works later. */
@DxflowSpringTest
class RepositoryDownTest {

    private static final String OFFICER = "officer02839";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedCmisServer cmisServer;

    @Test
    void uploadWhileRepositoryIsDownFailsCleanlyAndCanBeRetried() {
        EvidenceApi api = new EvidenceApi(port);
        String criterion = EvidenceSamples.criterion("CQS-8");
        byte[] pdf = EvidenceSamples.pdf("thử lại");

        cmisServer.stop();
        HttpResponse<String> failed;
        try {
            failed = api.upload(OFFICER, "02839", 2025, criterion, "Thử lại.pdf", pdf);
        } finally {
            cmisServer.start();
        }

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(EvidenceApi.json(failed).get("message").asText()).isEqualTo(
                "Kho lưu trữ minh chứng tạm thời không truy cập được; tài liệu chưa được lưu. Vui lòng thử lại sau.");
        String list = "/api/evidence?unit=02839&year=2025&criterion=" + criterion;
        assertThat(EvidenceApi.json(api.get(OFFICER, list))).isEmpty();

        HttpResponse<String> retried = api.upload(OFFICER, "02839", 2025, criterion, "Thử lại.pdf", pdf);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(EvidenceApi.json(retried).get("versionLabel").asText()).isEqualTo("1.0");
        assertThat(EvidenceApi.json(api.get(OFFICER, list))).hasSize(1);
    }
}
