package vn.dxflow.evidence;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.ObjectId;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.PropertyIds;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.enums.VersioningState;
import org.apache.chemistry.opencmis.commons.impl.dataobjects.ContentStreamImpl;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import vn.dxflow.DxflowApplication;
import vn.dxflow.evidence.server.EmbeddedCmisServer;

/**
 * Upload and download throughput through DXFlow's API (A) against a direct OpenCMIS client to the same embedded
 * server (B), measured in turns A B A B so that the ratio holds on a busy machine, for the sizes given in MB (default
 * 1 50 1024). Video streams through DXFlow; a PDF row shows the document path, which DXFlow checks whole (one private
 * temporary file, signature verification) before storing. Prints the median ratio A/B with its spread over the
 * rounds. Run by bench/evidence-throughput.sh with -Xmx256m: that a 1 GB file goes through at all shows memory stays
 * bounded; the old generation's high-water mark is printed too. Uploads and downloads through DXFlow use the HTTP
 * client OpenCMIS uses ({@link HttpURLConnection}), so that the ratio compares the servers' paths, not two clients.
 */
public final class EvidenceBenchmark {

    /** Xã Bảo Yên, in the default run's demo campaign of the current year (Kon Tum's catalog: CQS-1…24). */
    private static final String UNIT = "02947";
    private static final String OFFICER = "officer" + UNIT;
    private static final int YEAR = java.time.LocalDate.now(vn.dxflow.cycle.CampaignConfig.ZONE).getYear();

    private final EvidenceApi api;
    private final SameClient client;
    private final Session cmis;
    private final Folder folder;
    private int files;

    private EvidenceBenchmark(EvidenceApi api, Session cmis, Folder folder) {
        this.api = api;
        this.client = new SameClient(api.port());
        this.cmis = cmis;
        this.folder = folder;
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizesMb = args.length == 0 ? List.of(1L, 50L, 1024L) : Arrays.stream(args)
                .map(Long::parseLong).toList();
        var context = (ServletWebServerApplicationContext) new SpringApplication(DxflowApplication.class).run(
                "--server.port=0", "--dxflow.data-dir=target/bench-data",
                "--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1",
                "--logging.level.root=warn");
        try {
            awaitSelfAssessment(context.getBean(org.camunda.bpm.engine.TaskService.class));
            Session cmis = session(context.getBean(EmbeddedCmisServer.class));
            Folder folder = cmis.getRootFolder().createFolder(Map.of(PropertyIds.NAME, "bench-" + System.nanoTime(),
                    PropertyIds.OBJECT_TYPE_ID, "cmis:folder"));
            EvidenceBenchmark bench = new EvidenceBenchmark(new EvidenceApi(context.getWebServer().getPort()), cmis, folder);
            bench.client.login(OFFICER);
            System.out.printf("DXFlow ÷ direct OpenCMIS, median [min–max] of the rounds; MB/s medians%n");
            System.out.printf("%-14s %-22s %-22s %10s %10s %10s %10s %12s%n", "file", "upload ratio", "download ratio",
                    "API up", "CMIS up", "API down", "CMIS down", "old gen MB");
            for (long mb : sizesMb) {
                bench.compare("video", mb, () -> new GeneratedVideo(mb * 1024 * 1024));
            }
            for (long mb : sizesMb.stream().filter(mb -> mb <= 50).toList()) {
                bench.compare("pdf", mb, pdf(mb));
            }
            System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            context.close();
        }
    }

    /** Evidence is taken only while the unit self-assesses: the demo campaign opens its units in jobs. */
    private static void awaitSelfAssessment(org.camunda.bpm.engine.TaskService tasks) throws InterruptedException {
        for (int second = 0; second < 300; second++) {
            if (tasks.createTaskQuery().taskCandidateGroup(OFFICER).count() > 0) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No self-assessment task of " + OFFICER + " after 5 minutes");
    }

    /** Rounds of files of one size: small files in batches, so that a round lasts long enough to time. */
    private void compare(String kind, long mb, Supplier<InputStream> content) throws Exception {
        long size = mb * 1024 * 1024;
        int rounds = mb >= 1024 ? 3 : 5;
        int perRound = (int) Math.max(1, 64 / mb);
        List<Double> apiUp = new ArrayList<>();
        List<Double> cmisUp = new ArrayList<>();
        List<Double> apiDown = new ArrayList<>();
        List<Double> cmisDown = new ArrayList<>();
        List<Double> upRatio = new ArrayList<>();
        List<Double> downRatio = new ArrayList<>();
        resetPeaks();
        for (int round = -1; round < rounds; round++) {
            List<String> ids = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                ids.add(upload(kind, mb, size, content));
            }
            double aUp = rate(mb * perRound, t0);
            t0 = System.nanoTime();
            for (String id : ids) {
                client.download(id);
            }
            double aDown = rate(mb * perRound, t0);
            List<ObjectId> direct = new ArrayList<>();
            t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                direct.add(folder.createDocument(Map.of(PropertyIds.NAME, "direct " + files++ + "." + kind,
                                PropertyIds.OBJECT_TYPE_ID, "cmis:document"),
                        new ContentStreamImpl("direct." + kind, java.math.BigInteger.valueOf(size),
                                "application/octet-stream", content.get()), VersioningState.MAJOR));
            }
            double bUp = rate(mb * perRound, t0);
            t0 = System.nanoTime();
            for (ObjectId id : direct) {
                try (InputStream in = cmis.getContentStream(id).getStream()) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            double bDown = rate(mb * perRound, t0);
            ids.forEach(id -> api.delete(OFFICER, id));
            direct.forEach(cmis::delete);
            if (round < 0) {
                continue;  // warm-up
            }
            apiUp.add(aUp);
            cmisUp.add(bUp);
            apiDown.add(aDown);
            cmisDown.add(bDown);
            upRatio.add(aUp / bUp);
            downRatio.add(aDown / bDown);
        }
        System.out.printf("%-14s %-22s %-22s %10.0f %10.0f %10.0f %10.0f %12d%n", mb + " MB " + kind,
                spread(upRatio), spread(downRatio), median(apiUp), median(cmisUp), median(apiDown), median(cmisDown),
                peakOldGen() / (1024 * 1024));
    }

    private String upload(String kind, long mb, long size, Supplier<InputStream> content) throws Exception {
        String name = kind.equals("pdf") ? "tài liệu " + files++ + ".pdf" : "video " + files++ + ".mp4";
        String uploaded = client.upload("/api/evidence?unit=" + UNIT + "&year=" + YEAR + "&criterion=CQS-"
                + (1 + files % 24) + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), content.get(), size);
        try {
            return EvidenceApi.JSON.readTree(uploaded).get("id").asText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Upload of " + mb + " MB " + kind + " answered " + uploaded, e);
        }
    }

    /**
     * A valid PDF of exactly the given size, as scans are: one page, and image-like data in an uncompressed stream
     * (a header and trailer pasted around filler would have cross-reference offsets no parser can trust, and parsing
     * it would cost a full scan of the file that a real scan never asks for). Made once, in a temporary file.
     */
    private static Supplier<InputStream> pdf(long mb) throws java.io.IOException {
        long size = mb * 1024 * 1024;
        Path file = Files.createTempFile("dxflow-bench-", ".pdf");
        file.toFile().deleteOnExit();
        long filler = size - 4096;
        for (int attempt = 0; attempt < 5 && (attempt == 0 || Files.size(file) != size); attempt++) {
            try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
                document.addPage(new PDPage());
                document.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("DXFlowScan"),
                        new PDStream(document, new GeneratedVideo(filler)));
                document.save(file.toFile());
            }
            filler -= Files.size(file) - size;
        }
        if (Files.size(file) != size) {
            throw new IllegalStateException("The benchmark PDF is " + Files.size(file) + " bytes, not " + size);
        }
        return () -> {
            try {
                return Files.newInputStream(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /**
     * DXFlow's API through {@link HttpURLConnection}, as OpenCMIS's default invoker talks to the repository, in the
     * Tasklist session the forms use (logged in once, Camunda's CSRF token on changes) rather than a password checked
     * on every request.
     */
    private static final class SameClient {

        private final String base;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private String csrfToken;

        SameClient(int port) {
            this.base = "http://127.0.0.1:" + port;
        }

        void login(String user) throws Exception {
            send(open("/camunda/app/tasklist/default/"));
            HttpURLConnection login = open("/camunda/api/admin/auth/user/default/login/tasklist");
            login.setRequestMethod("POST");
            login.setDoOutput(true);
            login.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
            try (OutputStream out = login.getOutputStream()) {
                out.write(("username=" + user + "&password=demo").getBytes(StandardCharsets.UTF_8));
            }
            if (send(login) != 200) {
                throw new IllegalStateException("Tasklist login of " + user + " answered " + login.getResponseCode());
            }
            // The login starts a new session; Tasklist's next page gives it its CSRF token.
            send(open("/camunda/app/tasklist/default/"));
        }

        /** Streams {@code content} as the request body and answers the response body (201 expected). */
        String upload(String path, InputStream content, long size) throws Exception {
            HttpURLConnection connection = open(path);
            connection.setRequestMethod("POST");
            connection.setDoOutput(true);
            connection.setFixedLengthStreamingMode(size);
            connection.setRequestProperty("Content-Type", "application/octet-stream");
            try (OutputStream out = connection.getOutputStream(); content) {
                content.transferTo(out);
            }
            if (connection.getResponseCode() != 201) {
                throw new IllegalStateException("Upload answered " + connection.getResponseCode() + ": "
                        + new String(connection.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            }
            remember(connection);
            try (InputStream in = connection.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        void download(String id) throws Exception {
            HttpURLConnection connection = open("/api/evidence/" + id + "/content");
            try (InputStream in = connection.getInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            remember(connection);
        }

        private HttpURLConnection open(String path) throws Exception {
            URI uri = URI.create(base + path);
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            cookies.get(uri, Map.of()).forEach((name, values) -> values.forEach(value ->
                    connection.addRequestProperty(name, value)));
            if (csrfToken != null) {
                connection.setRequestProperty("X-XSRF-TOKEN", csrfToken);
            }
            return connection;
        }

        private int send(HttpURLConnection connection) throws Exception {
            int status = connection.getResponseCode();
            try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                if (in != null) {
                    in.transferTo(OutputStream.nullOutputStream());
                }
            }
            remember(connection);
            return status;
        }

        /** Keeps the session cookie and Camunda's CSRF token (the XSRF-TOKEN cookie) of every answer. */
        private void remember(HttpURLConnection connection) throws Exception {
            cookies.put(connection.getURL().toURI(), connection.getHeaderFields());
            cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                    .reduce((first, second) -> second).ifPresent(cookie -> csrfToken = cookie.getValue());
        }
    }

    private static double rate(long mb, long startNanos) {
        return mb / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String spread(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return String.format("%.2f [%.2f–%.2f]", median(values), sorted.get(0), sorted.get(sorted.size() - 1));
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
