package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dxflow.cycle.OpenDossiers;

/** Upload, list, download, versions and delete through the real API, app and embedded CMIS server over HTTP. */
@DxflowSpringTest
class EvidenceApiTest {

    private static final String OFFICER = "officer02947";
    private static final String OTHER_OFFICER = "officer02992";

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;
    EvidenceApi api;

    @BeforeEach
    void client() {
        api = new EvidenceApi(port);
        dossiers.selfAssessing("02947", 2031);
        dossiers.selfAssessing("02947", 2032);
    }

    @Test
    void documentWithVietnameseNameRoundTrips() {
        String criterion = EvidenceSamples.freshCriterion();
        byte[] pdf = EvidenceSamples.pdf("Báo cáo");

        HttpResponse<String> uploaded = api.upload(OFFICER, "02947", 2031, criterion,
                "Báo cáo kết quả chuyển đổi số – Phố Ràng.pdf", pdf);

        assertThat(uploaded.statusCode()).isEqualTo(201);
        JsonNode document = EvidenceApi.json(uploaded);
        assertThat(document.get("fileName").asText()).isEqualTo("Báo cáo kết quả chuyển đổi số – Phố Ràng.pdf");
        assertThat(document.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(document.get("size").asLong()).isEqualTo(pdf.length);
        assertThat(document.get("sha256").asText()).isEqualTo(sha256(pdf));
        assertThat(document.get("uploader").asText()).isEqualTo(OFFICER);
        assertThat(document.get("versionLabel").asText()).isEqualTo("1.0");

        JsonNode listed = EvidenceApi.json(
                api.get(OFFICER, "/api/evidence?unit=02947&year=2031&criterion=" + criterion));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("id").asText()).isEqualTo(document.get("id").asText());

        HttpResponse<byte[]> downloaded = api.download(OFFICER, document.get("id").asText());
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"Bao cao ket qua chuyen doi so _ Pho Rang.pdf\"")
                .contains("filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3");
        assertThat(downloaded.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");

        // Opened from a form: a PDF is shown in the browser; the bytes are the same.
        HttpResponse<String> shown = api.get(OFFICER, "/api/evidence/" + document.get("id").asText() + "/content?inline=true");
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;");
        assertThat(shown.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void onlyPdfsAndPicturesOpenInTheBrowser() {
        String criterion = EvidenceSamples.freshCriterion();
        String id = EvidenceApi.json(api.upload(OFFICER, "02947", 2031, criterion, "Kế hoạch.docx", EvidenceSamples.docx()))
                .get("id").asText();

        HttpResponse<String> asked = api.get(OFFICER, "/api/evidence/" + id + "/content?inline=true");
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
    }

    @Test
    void reUploadKeepsTheEarlierVersion() {
        String criterion = EvidenceSamples.freshCriterion();
        String id = EvidenceApi.json(api.upload(OFFICER, "02947", 2031, criterion, "Kế hoạch.pdf",
                EvidenceSamples.pdf("bản 1"))).get("id").asText();

        JsonNode second = EvidenceApi.json(api.upload(OFFICER, "02947", 2031, criterion, "Kế hoạch.pdf",
                EvidenceSamples.pdf("bản 2")));

        assertThat(second.get("id").asText()).isEqualTo(id);
        assertThat(second.get("versionLabel").asText()).isEqualTo("2.0");
        assertThat(api.download(OFFICER, id).body()).isEqualTo(EvidenceSamples.pdf("bản 2"));
        JsonNode versions = EvidenceApi.json(api.get(OFFICER, "/api/evidence/" + id + "/versions"));
        assertThat(versions).extracting(v -> v.get("label").asText()).containsExactly("2.0", "1.0");
        assertThat(EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=02947&year=2031&criterion=" + criterion)))
                .hasSize(1);
    }

    @Test
    void simultaneousUploadsOfTheSameNameBecomeVersionsOfOneDocument() throws Exception {
        String criterion = EvidenceSamples.freshCriterion();
        List<CompletableFuture<HttpResponse<String>>> uploads = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> api.upload(OFFICER, "02947", 2031, criterion,
                        "Cùng tên.pdf", EvidenceSamples.pdf("bản " + i))))
                .toList();

        for (CompletableFuture<HttpResponse<String>> upload : uploads) {
            assertThat(upload.get().statusCode()).as(upload.get().body()).isEqualTo(201);
        }
        JsonNode listed = EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=02947&year=2031&criterion=" + criterion));
        assertThat(listed).hasSize(1);
        assertThat(EvidenceApi.json(api.get(OFFICER, "/api/evidence/" + listed.get(0).get("id").asText() + "/versions")))
                .extracting(v -> v.get("label").asText()).containsExactly("4.0", "3.0", "2.0", "1.0");
    }

    @Test
    void listsByUnitYearAndCriterion() {
        String first = EvidenceSamples.freshCriterion();
        String second = EvidenceSamples.freshCriterion();
        api.upload(OFFICER, "02947", 2031, first, "a.pdf", EvidenceSamples.pdf("a"));
        api.upload(OFFICER, "02947", 2031, second, "b.pdf", EvidenceSamples.pdf("b"));

        assertThat(EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=02947&year=2031&criterion=" + first)))
                .extracting(d -> d.get("fileName").asText()).containsExactly("a.pdf");
        assertThat(EvidenceApi.json(api.get(OFFICER, "/api/evidence?unit=02947&year=2031")))
                .extracting(d -> d.get("criterion").asText()).contains(first, second);
    }

    @Test
    void deleteRemovesDocumentBeforeSubmission() {
        String id = EvidenceApi.json(api.upload(OFFICER, "02947", 2031, EvidenceSamples.freshCriterion(),
                "xoá.pdf", EvidenceSamples.pdf("x"))).get("id").asText();

        assertThat(api.delete(OFFICER, id).statusCode()).isEqualTo(204);
        assertThat(api.get(OFFICER, "/api/evidence/" + id).statusCode()).isEqualTo(404);
        assertThat(api.download(OFFICER, id).statusCode()).isEqualTo(404);
    }

    @Test
    void anotherCommunesEvidenceIsForbiddenAlsoByGuessedId() {
        String id = EvidenceApi.json(api.upload(OFFICER, "02947", 2031, EvidenceSamples.freshCriterion(),
                "riêng.pdf", EvidenceSamples.pdf("r"))).get("id").asText();

        assertThat(api.get(OTHER_OFFICER, "/api/evidence/" + id).statusCode()).isEqualTo(403);
        assertThat(api.download(OTHER_OFFICER, id).statusCode()).isEqualTo(403);
        assertThat(api.get(OTHER_OFFICER, "/api/evidence/" + id + "/versions").statusCode()).isEqualTo(403);
        HttpResponse<String> delete = api.delete(OTHER_OFFICER, id);
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(EvidenceApi.json(delete).get("message").asText())
                .isEqualTo("Bạn không có quyền truy cập dữ liệu của đơn vị này.");
        assertThat(api.get(OTHER_OFFICER, "/api/evidence?unit=02947&year=2031").statusCode()).isEqualTo(403);
        assertThat(api.upload(OTHER_OFFICER, "02947", 2031, "CQS-1", "a.pdf", EvidenceSamples.pdf("a"))
                .statusCode()).isEqualTo(403);
        assertThat(api.get(OTHER_OFFICER, "/api/evidence/dossiers/02947/2031/integrity").statusCode())
                .isEqualTo(403);
        assertThat(api.download(OFFICER, id).statusCode()).isEqualTo(200);
    }

    static String sha256(byte[] bytes) {
        try {
            return Sha256.of(new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
