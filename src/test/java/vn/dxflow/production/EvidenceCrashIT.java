package vn.dxflow.production;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.chemistry.opencmis.client.api.CmisObject;
import org.apache.chemistry.opencmis.client.api.Folder;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dxflow.evidence.EvidenceApi;
import vn.dxflow.evidence.EvidenceSamples;
import vn.dxflow.evidence.GeneratedVideo;

/**
 * The default run (packaged jar, H2, embedded CMIS) killed with {@code kill -9} at random points of an official's
 * work, several times: right after uploads were acknowledged, in the middle of a large upload, and while the
 * submission's freeze marks the documents frozen in the repository. After each restart every acknowledged document
 * must be listed with its SHA-256 and read back intact, DXFlow's seal and the repository's frozen state must agree,
 * and no spool file may be left anywhere.
 */
class EvidenceCrashIT {

    /** Xã Bảo Yên of the new Tỉnh Lào Cai, in the default run's demo campaign (Kon Tum's catalog). */
    private static final String OFFICER = "officer02947";
    private static final String UNIT = "02947";
    /** The demo campaign is made for the year of the first start. */
    private static final int YEAR = DxflowJar.demoYear();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;
    private DxflowJar node;
    private final Random random = new Random();
    /** Every acknowledged document: id → SHA-256 of what was sent. */
    private final Map<String, String> acknowledged = new LinkedHashMap<>();
    /** The embedded repository's port, fixed so that the test reads the repository itself. */
    private final int cmisPort = DxflowJar.freePort();
    private int uploads;

    @AfterEach
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void acknowledgedEvidenceSurvivesKillsAndTheFreezeEndsEqualEverywhere() throws Exception {
        long seed = System.nanoTime();
        random.setSeed(seed);
        System.out.println("EvidenceCrashIT random seed " + seed);
        node = DxflowJar.node("node", folder.resolve("node"))
                .env("DXFLOW_CMIS_PASSWORD", "crash-test")
                .env("DXFLOW_CMIS_PORT", String.valueOf(cmisPort));
        node.start().awaitReady(Duration.ofMinutes(5));
        node.awaitSelfAssessment(OFFICER);

        for (int round = 0; round < 2; round++) {
            killRightAfterAcknowledgedUploads(5 + random.nextInt(8));
            restartAndCheck();
            killMidUpload();
            restartAndCheck();
        }
        String task = selfAssessmentTask();
        uploadAcknowledged(30);
        complete(task);
        // The freeze in the repository runs as a job right after the submission: kill it at a random point.
        DxflowJar.sleepQuietly(Duration.ofMillis(random.nextInt(1500)));
        node.kill();
        restartAndCheck();
        awaitRepositoryFrozen();
        restartAndCheck();
    }

    private void killRightAfterAcknowledgedUploads(int count) {
        uploadAcknowledged(count);
        node.kill();
    }

    private void uploadAcknowledged(int count) {
        EvidenceApi api = new EvidenceApi(node.port());
        for (int i = 0; i < count; i++) {
            byte[] pdf = EvidenceSamples.pdf("minh chứng " + uploads + " " + random.nextLong());
            HttpResponse<String> response = api.upload(OFFICER, UNIT, YEAR, criterion(), "Tài liệu " + uploads++ + ".pdf", pdf);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            acknowledged.put(EvidenceApi.json(response).get("id").asText(), sha256(pdf));
        }
    }

    /** A 300 MB video whose transfer is cut by the kill somewhere in its middle. */
    private void killMidUpload() throws Exception {
        long size = 300L * 1024 * 1024;
        long killAt = size / 10 + (long) (random.nextDouble() * size * 0.8);
        AtomicLong sent = new AtomicLong();
        EvidenceApi api = new EvidenceApi(node.port());
        CompletableFuture<Void> transfer = CompletableFuture.runAsync(() -> {
            try {
                api.upload(OFFICER, UNIT, YEAR, criterion(), "Video cắt ngang " + uploads++ + ".mp4",
                        () -> new CountingStream(new GeneratedVideo(size), sent), size);
            } catch (RuntimeException expected) {
                // The connection dies with the server.
            }
        });
        while (sent.get() < killAt && !transfer.isDone()) {
            Thread.onSpinWait();
        }
        node.kill();
        transfer.handle((done, failure) -> null).get();
    }

    private void restartAndCheck() throws Exception {
        node.start().awaitReady(Duration.ofMinutes(5));
        EvidenceApi api = new EvidenceApi(node.port());
        JsonNode listed = EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=" + UNIT + "&year=" + YEAR));
        Map<String, String> shaById = new LinkedHashMap<>();
        listed.forEach(d -> shaById.put(d.get("id").asText(), d.get("sha256").asText()));
        assertThat(shaById).as("acknowledged documents after a restart").containsAllEntriesOf(acknowledged);
        assertThat(shaById).as("nothing unacknowledged (reports aside) is listed").allSatisfy((id, sha) ->
                assertThat(acknowledged.containsKey(id) || isReport(listed, id)).as(id).isTrue());
        for (Map.Entry<String, String> document : acknowledged.entrySet()) {
            try (InputStream content = api.downloadStream(OFFICER, document.getKey()).body()) {
                assertThat(sha256(content)).as("content of " + document.getKey()).isEqualTo(document.getValue());
            }
        }
        JsonNode integrity = EvidenceApi.json(api.get(OFFICER, "/api/evidence/dossiers/" + UNIT + "/" + YEAR + "/integrity"));
        integrity.get("documents").forEach(check -> assertThat(check.get("status").asText())
                .as(check.toString()).isIn("INTACT", "NOT_FROZEN_IN_REPOSITORY"));
        assertThat(spoolFiles()).as("spool files left after the restart").isEmpty();
        assertThat(repositoryEvidence()).as("evidence in the repository: only what was acknowledged")
                .containsExactlyInAnyOrderElementsOf(acknowledged.keySet());
    }

    /** DXFlow's id of every evidence document in the unit's folders of the repository, read over CMIS. */
    private java.util.List<String> repositoryEvidence() {
        Map<String, String> parameters = new java.util.HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, "http://127.0.0.1:" + cmisPort + "/cmis/browser");
        parameters.put(SessionParameter.REPOSITORY_ID, "dxflow");
        parameters.put(SessionParameter.USER, "dxflow");
        parameters.put(SessionParameter.PASSWORD, "crash-test");
        Session session = SessionFactoryImpl.newInstance().createSession(parameters);
        java.util.List<String> ids = new java.util.ArrayList<>();
        Folder unit = (Folder) session.getObjectByPath("/" + YEAR + "/15 - Tỉnh Lào Cai/02947 - Xã Bảo Yên");
        for (CmisObject criterion : unit.getChildren()) {
            if (criterion instanceof Folder folder && !"BAO-CAO".equals(folder.getName())) {
                for (CmisObject document : folder.getChildren()) {
                    ids.add(document.getPropertyValue("dxf:documentId"));
                }
            }
        }
        return ids;
    }

    /** After the last restart the retried freeze job brings the repository in line with the seal. */
    private void awaitRepositoryFrozen() {
        EvidenceApi api = new EvidenceApi(node.port());
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        JsonNode integrity;
        do {
            integrity = EvidenceApi.json(api.get(OFFICER, "/api/evidence/dossiers/" + UNIT + "/" + YEAR + "/integrity"));
            if (integrity.get("intact").asBoolean()) {
                break;
            }
            DxflowJar.sleepQuietly(Duration.ofMillis(500));
        } while (System.nanoTime() < deadline);
        assertThat(integrity.get("frozen").asBoolean()).as("the dossier is sealed").isTrue();
        assertThat(integrity.get("intact").asBoolean()).as("seal and repository agree: " + integrity).isTrue();
        assertThat(integrity.get("documents")).hasSizeGreaterThanOrEqualTo(acknowledged.size());
    }

    private Stream<Path> spoolFiles() throws IOException {
        Path data = node.folder().resolve("data");
        return Stream.of(data.resolve("tmp"), data.resolve("cmis/tmp"))
                .filter(Files::isDirectory)
                .flatMap(dir -> {
                    try {
                        return Files.walk(dir).filter(Files::isRegularFile).toList().stream();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static boolean isReport(JsonNode listed, String id) {
        for (JsonNode document : listed) {
            if (document.get("id").asText().equals(id)) {
                return "BAO-CAO".equals(document.get("criterion").asText());
            }
        }
        return false;
    }

    private String criterion() {
        return "CQS-" + (1 + random.nextInt(24));
    }

    private String selfAssessmentTask() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonNode tasks = JSON.readTree(send(HttpRequest.newBuilder(uri(
                    "/engine-rest/task?taskDefinitionKey=UserTask_SelfAssess&candidateUser=" + OFFICER)).GET()));
            if (!tasks.isEmpty()) {
                return tasks.get(0).get("id").asText();
            }
            assertThat(System.nanoTime()).as("the demo campaign's self-assessment task").isLessThan(deadline);
            DxflowJar.sleepQuietly(Duration.ofMillis(500));
        }
    }

    private void complete(String taskId) throws Exception {
        send(HttpRequest.newBuilder(uri("/engine-rest/task/" + taskId + "/claim")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + OFFICER + "\"}")));
        send(HttpRequest.newBuilder(uri("/engine-rest/task/" + taskId + "/complete")).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(
                "{\"variables\":{\"submissionConfirmed\":{\"value\":true,\"type\":\"Boolean\"}}}")));
    }

    private String send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(request
                .header("Authorization", DxflowJar.basic(OFFICER, "demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create(node.url(path));
    }

    private static String sha256(byte[] bytes) {
        try {
            return sha256(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what the client has handed to the connection. */
    private static final class CountingStream extends java.io.FilterInputStream {
        private final AtomicLong sent;

        CountingStream(InputStream in, AtomicLong sent) {
            super(in);
            this.sent = sent;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            sent.addAndGet(Math.max(n, 0));
            return n;
        }
    }
}
