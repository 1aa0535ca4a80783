package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.cycle.OpenDossiers;

/**
 * A 200 MB video streams through the API to the repository and back: hashes match end to end. Prints throughput
 * and the heap high-water mark; the bounded-memory proof with -Xmx256m and 1 GB is bench/evidence-throughput.sh.
 */
@DxflowSpringTest
class LargeUploadTest {

    private static final long SIZE = 200L * 1024 * 1024;

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;

    @Test
    void largeVideoStreamsThroughUploadAndDownload() throws Exception {
        EvidenceApi api = new EvidenceApi(port);
        dossiers.selfAssessing("02947", 2031);
        String expectedSha = Sha256.of(new GeneratedVideo(SIZE));
        HeapWatch heap = HeapWatch.start();

        long started = System.nanoTime();
        HttpResponse<String> uploaded = api.upload("officer02947", "02947", 2031,
                EvidenceSamples.freshCriterion(), "Video hội nghị trực tuyến.mp4", () -> new GeneratedVideo(SIZE), SIZE);
        long uploadNanos = System.nanoTime() - started;
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonNode document = EvidenceApi.json(uploaded);
        assertThat(document.get("mediaType").asText()).startsWith("video/");
        assertThat(document.get("size").asLong()).isEqualTo(SIZE);
        assertThat(document.get("sha256").asText()).isEqualTo(expectedSha);

        started = System.nanoTime();
        HttpResponse<InputStream> downloaded = api.downloadStream("officer02947", document.get("id").asText());
        String downloadedSha = Sha256.of(downloaded.body());
        long downloadNanos = System.nanoTime() - started;
        long peak = heap.stop();

        assertThat(downloadedSha).isEqualTo(expectedSha);
        // The test data folder outlives the run: do not leave 200 MB behind each time.
        assertThat(api.delete("officer02947", document.get("id").asText()).statusCode()).isEqualTo(204);
        System.out.printf("LARGE 200 MB: upload %.0f MB/s, download %.0f MB/s, heap growth peak %d MB%n",
                200 / (uploadNanos / 1e9), 200 / (downloadNanos / 1e9), peak / (1024 * 1024));
    }

    /** Samples used heap every 10 ms; answers the highest growth above the level at start. */
    private static final class HeapWatch implements Runnable {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final long baseline;
        private volatile boolean running = true;
        private final Thread thread = new Thread(this, "heap-watch");

        private HeapWatch() {
            System.gc();
            baseline = memory.getHeapMemoryUsage().getUsed();
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.setDaemon(true);
            watch.thread.start();
            return watch;
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed() - baseline, Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
