package vn.dxflow.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.chemistry.opencmis.client.api.Document;
import org.apache.chemistry.opencmis.client.api.Session;
import org.apache.chemistry.opencmis.client.runtime.SessionFactoryImpl;
import org.apache.chemistry.opencmis.commons.SessionParameter;
import org.apache.chemistry.opencmis.commons.enums.BindingType;
import org.apache.chemistry.opencmis.commons.exceptions.CmisConstraintException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.evidence.IntegrityReport.Status;
import vn.dxflow.evidence.server.EmbeddedCmisServer;
import vn.dxflow.cycle.OpenDossiers;

/**
 * Submission freezes the dossier: the seal lists every document with its SHA-256, nothing can be added, replaced
 * or deleted afterwards (DXFlow and the repository refuse), and the integrity check finds a document changed
 * behind DXFlow's back.
 */
@DxflowSpringTest
class FreezeTest {

    private static final String FROZEN_MESSAGE_START = "Hồ sơ minh chứng năm ";
    /** Each test freezes a dossier of its own: a commune the other evidence tests (02947) do not use. */
    private static final List<String> UNITS = List.of("02992", "02950", "02986", "02971", "02962", "02998", "02980");
    private static final AtomicInteger NEXT_UNIT = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;
    @Autowired
    EvidenceStore store;
    @Autowired
    DossierLocks dossierLocks;
    @Autowired
    EvidenceRepository repository;
    @Autowired
    DossierFolders folders;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EmbeddedCmisServer cmisServer;
    @Value("${dxflow.cmis.embedded.data-dir}")
    Path cmisDir;
    EvidenceApi api;
    final int year = EvidenceSamples.YEAR;
    final String criterion = "CQS-7";
    String unit;
    String officer;

    @BeforeEach
    void setUp() {
        api = new EvidenceApi(port);
        unit = UNITS.get(NEXT_UNIT.getAndIncrement());
        officer = "officer" + unit;
        dossiers.selfAssessing(unit, year);
    }

    @Test
    void sealListsEveryDocumentWithItsHash() throws IOException {
        JsonNode first = upload("Quyết định thành lập BCĐ.pdf", EvidenceSamples.pdf("1"));
        JsonNode second = upload("Ảnh hội nghị.png", EvidenceSamples.png(2048));

        DossierSeal seal = store.freeze(unit, year, "submission-test");

        assertThat(seal.documents()).extracting(DossierSeal.SealedDocument::id, DossierSeal.SealedDocument::sha256)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(first.get("id").asText(), first.get("sha256").asText()),
                        org.assertj.core.groups.Tuple.tuple(second.get("id").asText(), second.get("sha256").asText()));
        assertThat(store.freeze(unit, year, "retry").frozenAt()).isEqualTo(seal.frozenAt());
        // Until the repository's own freeze has run, the integrity check says the two disagree.
        assertThat(store.verify(unit, year).documents()).extracting(IntegrityReport.Check::status)
                .containsOnly(Status.NOT_FROZEN_IN_REPOSITORY);

        assertThat(store.freezeInRepository(unit, year)).isEqualTo(2);
        assertThat(store.freezeInRepository(unit, year)).as("idempotent, as its step is retried").isEqualTo(2);
        assertThat(store.verify(unit, year).intact()).isTrue();
    }

    @Test
    void frozenDossierRefusesDeleteReplaceAndNewDocuments() {
        String id = upload("Kế hoạch.pdf", EvidenceSamples.pdf("1")).get("id").asText();
        store.freeze(unit, year, "submission-test");

        assertFrozen(api.delete(officer, id));
        assertFrozen(api.upload(officer, unit, year, criterion, "Kế hoạch.pdf", EvidenceSamples.pdf("2")));
        assertFrozen(api.upload(officer, unit, year, criterion, "Mới.pdf", EvidenceSamples.pdf("3")));
        assertThat(api.download(officer, id).body()).isEqualTo(EvidenceSamples.pdf("1"));
    }

    /** Deleting a document that the repository froze (its dossier was sealed) is refused clearly, not with a 500. */
    @Test
    void aDocumentFrozenInTheRepositoryIsNotDeletedAndNotLostFromTheIndex() {
        JsonNode document = upload("Quyết định.pdf", EvidenceSamples.pdf("1"));
        String id = document.get("id").asText();
        store.freeze(unit, year, "submission-test");
        store.freezeInRepository(unit, year);
        // A supplement reopens the dossier; the document submitted before stays frozen in the repository.
        store.reopenForSupplement(unit, year, "council");

        HttpResponse<String> refused = api.delete(officer, id);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(EvidenceApi.json(refused).get("message").asText()).contains("đã nộp trong hồ sơ");
        assertThat(api.download(officer, id).body()).isEqualTo(EvidenceSamples.pdf("1"));
        assertThat(store.list(unit, year, null)).extracting(EvidenceDocument::id).containsExactly(id);
    }

    @Test
    void repositoryItselfRefusesChangesToFrozenDocuments() {
        String objectId = upload("Báo cáo.pdf", EvidenceSamples.pdf("1")).get("cmisObjectId").asText();
        store.freeze(unit, year, "submission-test");
        store.freezeInRepository(unit, year);

        Document document = (Document) cmisSession().getObject(objectId);
        assertThatThrownBy(() -> document.delete(true)).isInstanceOf(CmisConstraintException.class);
        assertThatThrownBy(document::checkOut).isInstanceOf(CmisConstraintException.class);
        assertThatThrownBy(() -> document.updateProperties(Map.of("cmis:name", "khác.pdf")))
                .isInstanceOf(CmisConstraintException.class);
    }

    @Test
    void integrityCheckDetectsContentChangedBehindDxflowsBack() throws IOException {
        JsonNode intact = upload("Nguyên vẹn.pdf", EvidenceSamples.pdf("1"));
        JsonNode tampered = upload("Bị sửa.pdf", EvidenceSamples.pdf("2"));
        store.freeze(unit, year, "submission-test");
        store.freezeInRepository(unit, year);

        // Someone with access to the repository's disk overwrites the stored bytes.
        Files.write(contentFile(tampered.get("cmisObjectId").asText()), EvidenceSamples.pdf("sửa trái phép"));

        HttpResponse<String> response = api.get(officer, "/api/evidence/dossiers/" + unit + "/" + year + "/integrity");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = EvidenceApi.json(response);
        assertThat(report.get("frozen").asBoolean()).isTrue();
        assertThat(report.get("intact").asBoolean()).isFalse();
        Map<String, String> statusById = new HashMap<>();
        report.get("documents").forEach(d -> statusById.put(d.get("id").asText(), d.get("status").asText()));
        assertThat(statusById).containsEntry(intact.get("id").asText(), Status.INTACT.name())
                .containsEntry(tampered.get("id").asText(), Status.CHANGED.name());
    }

    private Path contentFile(String objectId) throws IOException {
        JsonNode meta = EvidenceApi.JSON.readTree(cmisDir.resolve("meta").resolve(objectId + ".json").toFile());
        return cmisDir.resolve("content").resolve(meta.get("contentKey").asText());
    }

    private Session cmisSession() {
        Map<String, String> parameters = new HashMap<>();
        parameters.put(SessionParameter.BINDING_TYPE, BindingType.BROWSER.value());
        parameters.put(SessionParameter.BROWSER_URL, cmisServer.browserUrl());
        parameters.put(SessionParameter.REPOSITORY_ID, cmisServer.repositoryId());
        parameters.put(SessionParameter.USER, cmisServer.user());
        parameters.put(SessionParameter.PASSWORD, cmisServer.password());
        return SessionFactoryImpl.newInstance().createSession(parameters);
    }

    private JsonNode upload(String name, byte[] content) {
        HttpResponse<String> response = api.upload(officer, unit, year, criterion, name, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return EvidenceApi.json(response);
    }

    private void assertFrozen(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(EvidenceApi.json(response).get("message").asText()).isEqualTo(FROZEN_MESSAGE_START + year
                + " của đơn vị đã nộp và đã khóa: không thể thêm, thay thế hoặc xóa tài liệu.");
    }

    /**
     * An upload that reaches the dossier while the submission's freeze is not yet committed waits for it and is
     * then refused: nothing is stored unsealed in a frozen dossier.
     */
    @Test
    void anUploadDuringAnUncommittedFreezeWaitsAndIsRefused() throws Exception {
        CountDownLatch frozen = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> submission = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                store.freeze(unit, year, officer);
                frozen.countDown();
                awaitQuietly(commit);
            }));
            assertThat(frozen.await(60, TimeUnit.SECONDS)).isTrue();
            Future<EvidenceDocument> upload = threads.submit(() -> store.upload(unit, year, criterion, officer,
                    UploadContent.of("Kế hoạch nộp muộn.pdf", EvidenceSamples.pdf("muộn"))));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!dossierLocks.waiting(unit, year) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(dossierLocks.waiting(unit, year)).as("the upload waits for the freeze").isTrue();
            assertThat(upload.isDone()).isFalse();

            commit.countDown();
            submission.get(60, TimeUnit.SECONDS);
            assertThatThrownBy(() -> upload.get(60, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(EvidenceRejectedException.class)
                    .satisfies(e -> assertThat(((EvidenceRejectedException) e).vietnameseMessage()).startsWith(FROZEN_MESSAGE_START));
            assertThat(store.list(unit, year, null)).isEmpty();
            // The content that reached the repository before the refusal did not stay there either.
            assertThat(repository.documentsIn(folders.of(unit, year, criterion))).isEmpty();
        } finally {
            commit.countDown();
            threads.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
