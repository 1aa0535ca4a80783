package vn.dxflow.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import vn.dxflow.DxflowApplication;
import vn.dxflow.evidence.server.EmbeddedCmisServer;

/**
 * Upload and download throughput through DXFlow's API versus a direct OpenCMIS client to the same embedded
 * server, for the sizes given in MB (default 1 50 1024). Run by bench/evidence-throughput.sh with -Xmx256m: that
 * a 1 GB file goes through at all shows memory stays bounded; the old generation's high-water mark is printed too.
 */
public final class EvidenceBenchmark {

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizesMb = args.length == 0 ? List.of(1L, 50L, 1024L) : Arrays.stream(args)
                .map(Long::parseLong).toList();
        var context = (ServletWebServerApplicationContext) new SpringApplication(DxflowApplication.class).run(
                "--server.port=0", "--dxflow.data-dir=target/bench-data",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false", "--logging.level.root=warn");
        try {
            EvidenceApi api = new EvidenceApi(context.getWebServer().getPort());
            Session cmis = session(context.getBean(EmbeddedCmisServer.class));
            Folder folder = cmis.getRootFolder().createFolder(Map.of(PropertyIds.NAME, "bench-" + System.nanoTime(),
                    PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
            System.out.printf("%-8s %14s %14s %14s %14s %8s %8s %14s%n", "size", "API up MB/s", "CMIS up MB/s",
                    "API down MB/s", "CMIS down MB/s", "up ratio", "dn ratio", "old gen peak MB");
            for (long mb : sizesMb) {
                resetPeaks();
                long size = mb * 1024 * 1024;
                long t0 = System.nanoTime();
                HttpResponse<String> uploaded = api.upload("officer02839", "02839", 2025,
                        EvidenceSamples.criterion("BENCH"), "video " + mb + " MB.mp4", () -> new GeneratedVideo(size), size);
                if (uploaded.statusCode() != 201) {
                    throw new IllegalStateException("Upload failed: " + uploaded.body());
                }
                double apiUp = rate(mb, t0);
                String id = EvidenceApi.json(uploaded).get("id").asText();
                t0 = System.nanoTime();
                try (InputStream in = api.downloadStream("officer02839", id).body()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                double apiDown = rate(mb, t0);

                t0 = System.nanoTime();
                ObjectId direct = folder.createDocument(Map.of(PropertyIds.NAME, "direct " + mb + ".mp4",
                                PropertyIds.OBJECT_TYPE_ID, "cmis:document"),
                        new ContentStreamImpl("direct.mp4", BigInteger.valueOf(size), "video/mp4",
                                new GeneratedVideo(size)), VersioningState.MAJOR);
                double cmisUp = rate(mb, t0);
                t0 = System.nanoTime();
                try (InputStream in = ((Document) cmis.getObject(direct)).getContentStream().getStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
                double cmisDown = rate(mb, t0);
                System.out.printf("%-8s %14.0f %14.0f %14.0f %14.0f %8.2f %8.2f %14d%n", mb + " MB", apiUp, cmisUp,
                        apiDown, cmisDown, apiUp / cmisUp, apiDown / cmisDown, peakOldGen() / (1024 * 1024));
            }
            System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            context.close();
        }
    }

    private static double rate(long mb, long startNanos) {
        return mb / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static Session session(EmbeddedCmisServer server) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, server.browserUrl());
        parameters.put(SessionParameter.REPOSITORY_ID, server.repositoryId());
        parameters.put(SessionParameter.USER, server.user());
        parameters.put(SessionParameter.PASSWORD, server.password());
        return SessionFactoryImpl.newInstance().createSession(parameters);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakOldGen() {
        // The old generation holds what survives: a file kept whole in memory would show here.
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old Gen"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
