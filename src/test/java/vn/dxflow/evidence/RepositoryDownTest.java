package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.evidence.server.EmbeddedCmisServer;
import vn.dxflow.cycle.OpenDossiers;

/**
 * With the repository down, or the transfer to it breaking half-way, the user gets a clear 503, nothing is
 * indexed or left in the repository, and the same upload works later.
 */
@DxflowSpringTest
class RepositoryDownTest {

    private static final String OFFICER = "officer02947";

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;
    @Autowired
    EmbeddedCmisServer cmisServer;
    @Autowired
    EvidenceStore store;
    @Value("${dxflow.cmis.embedded.data-dir}")
    Path cmisDir;

    @Test
    void uploadWhileRepositoryIsDownFailsCleanlyAndCanBeRetried() {
        EvidenceApi api = new EvidenceApi(port);
        dossiers.selfAssessing("02947", EvidenceSamples.YEAR);
        String criterion = EvidenceSamples.freshCriterion();
        byte[] pdf = EvidenceSamples.pdf("thử lại");

        cmisServer.stop();
        HttpResponse<String> failed;
        try {
            failed = api.upload(OFFICER, "02947", 2031, criterion, "Thử lại.pdf", pdf);
        } finally {
            cmisServer.start();
        }

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(EvidenceApi.json(failed).get("message").asText()).isEqualTo(
                "Kho lưu trữ minh chứng tạm thời không truy cập được; tài liệu chưa được lưu. Vui lòng thử lại sau.");
        String list = "/api/evidence?unit=02947&year=2031&criterion=" + criterion;
        assertThat(EvidenceApi.json(api.get(OFFICER, list))).isEmpty();

        HttpResponse<String> retried = api.upload(OFFICER, "02947", 2031, criterion, "Thử lại.pdf", pdf);
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
        assertThat(EvidenceApi.json(retried).get("versionLabel").asText()).isEqualTo("1.0");
        assertThat(EvidenceApi.json(api.get(OFFICER, list))).hasSize(1);
    }

    @Test
    void transferBreakingHalfWayLeavesNothingBehind() throws IOException {
        String criterion = EvidenceSamples.freshCriterion();
        long contentFilesBefore = count(cmisDir.resolve("content"));

        assertThatThrownBy(() -> store.upload("02947", 2031, criterion, "officer02947", new BreakingUpload()))
                .isInstanceOf(EvidenceRejectedException.class)
                .satisfies(e -> assertThat(((EvidenceRejectedException) e).vietnameseMessage()).isEqualTo(
                        "Tải lên tệp \"Video đứt giữa chừng.mp4\" bị gián đoạn; tài liệu chưa được lưu, hãy tải lên lại."));

        assertThat(store.list("02947", 2031, criterion)).isEmpty();
        assertThat(count(cmisDir.resolve("content"))).isEqualTo(contentFilesBefore);
        // The repository removes its spool file when it has seen the transfer end.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (count(cmisDir.resolve("tmp")) > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(count(cmisDir.resolve("tmp"))).as("the repository's spool files").isZero();
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    /** 5 MB of video whose sender goes away after 2 MB, on its way to the repository. */
    private static final class BreakingUpload implements UploadContent {
        private static final long SIZE = 5L * 1024 * 1024;

        @Override
        public String fileName() {
            return "Video đứt giữa chừng.mp4";
        }

        @Override
        public long size() {
            return SIZE;
        }

        @Override
        public InputStream open() {
            return new FilterInputStream(new GeneratedVideo(SIZE)) {
                private long read;

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (read > 2L * 1024 * 1024) {
                        throw new IOException("Connection reset by the uploader's browser");
                    }
                    int n = super.read(buffer, offset, length);
                    read += Math.max(n, 0);
                    return n;
                }
            };
        }
    }
}
