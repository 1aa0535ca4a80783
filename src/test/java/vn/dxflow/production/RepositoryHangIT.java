package vn.dxflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxflow.evidence.EvidenceApi;
import vn.dxflow.evidence.EvidenceSamples;

/**
 * A repository that hangs (its process stopped with SIGSTOP, as a frozen machine would): officials get a clear
 * "try again later" within the configured timeout instead of a request that never ends, the node reports itself
 * not ready, and everything works again once the repository answers.
 */
class RepositoryHangIT {

    /** Xã Bảo Yên of the new Tỉnh Lào Cai, in the default run's demo campaign of the current year. */
    private static final String OFFICER = "officer02947";
    private static final String UNIT = "02947";
    private static final int YEAR = DxflowJar.demoYear();

    @TempDir
    Path folder;
    private DxflowJar cmis;
    private DxflowJar node;

    @AfterEach
    void stop() {
        if (cmis != null) {
            cmis.signal("CONT");
            cmis.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aHungRepositoryGivesAClearAnswerWithinTheTimeoutAndHealthSaysSo() throws Exception {
        cmis = DxflowJar.cmisServer(folder.resolve("cmis"), "hang-secret").start().awaitReady(Duration.ofMinutes(3));
        node = DxflowJar.node("node", folder.resolve("node"))
                .env("DXFLOW_CMIS_URL", cmis.url("/cmis/browser"))
                .env("DXFLOW_CMIS_PASSWORD", "hang-secret")
                .env("DXFLOW_CMIS_READ_TIMEOUT", "5s")
                .start().awaitReady(Duration.ofMinutes(5));
        node.awaitSelfAssessment(OFFICER);
        EvidenceApi api = new EvidenceApi(node.port());
        assertThat(api.upload(OFFICER, UNIT, YEAR, "CQS-1", "Trước.pdf", EvidenceSamples.pdf("trước")).statusCode())
                .isEqualTo(201);

        cmis.signal("STOP");
        long started = System.nanoTime();
        HttpResponse<String> refused = api.upload(OFFICER, UNIT, YEAR, "CQS-2", "Trong lúc treo.pdf",
                EvidenceSamples.pdf("treo"));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(EvidenceApi.json(refused).get("message").asText()).isEqualTo(
                "Kho lưu trữ minh chứng tạm thời không truy cập được; tài liệu chưa được lưu. Vui lòng thử lại sau.");
        assertThat(waited).as("answered within the read timeout and the connect attempt").isLessThan(Duration.ofSeconds(30));
        assertThat(node.get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
        assertThat(node.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);

        cmis.signal("CONT");
        assertThat(node.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
        HttpResponse<String> retried = api.upload(OFFICER, UNIT, YEAR, "CQS-2", "Trong lúc treo.pdf",
                EvidenceSamples.pdf("treo"));
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=" + UNIT + "&year=" + YEAR + "&criterion=CQS-2")))
                .hasSize(1);
    }
}
