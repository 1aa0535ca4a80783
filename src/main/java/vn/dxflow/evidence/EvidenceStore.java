package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dxflow.evidence.EvidenceJournal.Operation;
import vn.dxflow.evidence.EvidenceJournal.Pending;
import vn.dxflow.evidence.EvidenceRepository.Content;
import vn.dxflow.evidence.EvidenceRepository.StoredVersion;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;

/**
 * Evidence documents of a unit's yearly dossier: upload, list, read, delete, freeze at submission. Callers check
 * unit access first ({@code UnitAccess}); this service trusts the unit it is given.
 *
 * <p>What an answer guarantees: an upload or deletion is acknowledged only once it is in both the repository and
 * DXFlow's index, committed. Every operation is written to the journal ({@link EvidenceJournal}) before the
 * repository is touched and removed with the index change that completes it, so whatever a crash interrupts is
 * repaired at the next start ({@link EvidenceReconciliation}).
 */
@Service
public class EvidenceStore {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    /** Folder (in place of a criterion) of the signed reports of a unit and year. */
    public static final String REPORTS = "BAO-CAO";
    private static final Pattern CRITERION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    /**
     * Uploads of the same document (unit, year, criterion, name) on this node take turns, so a re-upload never
     * finds the document checked out by another; striped so memory stays fixed, at the price of a rare wait for
     * an unrelated upload. Across nodes the journal and the repository's check-out decide (409 for the loser).
     */
    private final Lock[] uploadLocks = IntStream.range(0, 256).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);
    private final EvidenceRepository repository;
    private final EvidenceIndex index;
    private final EvidenceJournal journal;
    private final UploadValidator validator;
    private final OrgChart orgChart;
    private final EvidenceSignatures signatures;
    private final DossierLocks dossierLocks;
    private final DossierFolders folders;
    private final EvidenceReconciliation reconciliation;
    private final ObjectProvider<EvidencePolicy> policy;
    private final TransactionTemplate transaction;

    EvidenceStore(EvidenceRepository repository, EvidenceIndex index, EvidenceJournal journal, UploadValidator validator,
                  OrgChart orgChart, EvidenceSignatures signatures, DossierLocks dossierLocks, DossierFolders folders,
                  EvidenceReconciliation reconciliation, ObjectProvider<EvidencePolicy> policy,
                  PlatformTransactionManager transactions) {
        this.repository = repository;
        this.index = index;
        this.journal = journal;
        this.validator = validator;
        this.orgChart = orgChart;
        this.signatures = signatures;
        this.dossierLocks = dossierLocks;
        this.folders = folders;
        this.reconciliation = reconciliation;
        this.policy = policy;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Stores the file under year / province / unit / criterion. A file of the same name under the same criterion
     * becomes a new version of that document; the earlier version stays in the repository. Documents are checked
     * whole before they are sent; large pictures, sound and video stream through (see {@link UploadValidator}).
     */
    public EvidenceDocument upload(String unitCode, int year, String criterion, String uploader,
                                   UploadContent content) throws IOException {
        OrgUnit unit = orgChart.find(unitCode).orElseThrow(() -> rejected(HttpStatus.BAD_REQUEST,
                "Không tìm thấy đơn vị có mã \"" + unitCode + "\".", "Unknown unit " + unitCode));
        requireCriterionOfCampaign(unitCode, year, criterion);
        requireOpen(unitCode, year);
        Incoming incoming = validator.open(content);
        Lock lock = uploadLocks[Math.floorMod(Objects.hash(unitCode, year, criterion, incoming.fileName()),
                uploadLocks.length)];
        lock.lock();
        try {
            if (!validator.checkedWhole(incoming)) {
                Content stream = new Content(incoming.mediaType(), incoming.declaredSize(), incoming::content, false);
                return store(unit, year, criterion, uploader, incoming.fileName(), stream, null, incoming,
                        EvidenceSignatures.Verdict.NONE);
            }
            UploadValidator.Spooled spooled = validator.spool(incoming);
            try {
                CheckedFile file = spooled.checked();
                EvidenceSignatures.Verdict verdict = signatures.check(unitCode, year, file, spooled.file());
                return store(unit, year, criterion, uploader, file.fileName(), reread(file, spooled.file()), file,
                        incoming, verdict);
            } finally {
                Files.deleteIfExists(spooled.file());
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stores a report (Mẫu 01-04, decision) beside the unit's evidence, in the folder {@value #REPORTS}: one signed
     * outside DXFlow with the verdict of its verification, or one DXFlow generated at a step (verdict null).
     * Reports are not evidence: the dossier's freeze does not apply, and a report stored again becomes a new version.
     */
    public EvidenceDocument storeReport(String unitCode, int year, String fileName, byte[] pdf, String uploader,
                                        String indication, String subIndication, String report) {
        OrgUnit unit = orgChart.find(unitCode).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitCode));
        try {
            Incoming incoming = validator.open(UploadContent.of(fileName, pdf));
            UploadValidator.Spooled spooled = validator.spool(incoming);
            try {
                CheckedFile file = spooled.checked();
                return store(unit, year, REPORTS, uploader, file.fileName(), reread(file, spooled.file()), file, incoming,
                        new EvidenceSignatures.Verdict(indication, subIndication, report));
            } finally {
                Files.deleteIfExists(spooled.file());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Sends the content to the repository, then records it in the index if the dossier is still open. {@code known}
     * is null for streamed content, whose hash and size are known once it has passed.
     */
    private EvidenceDocument store(OrgUnit unit, int year, String criterion, String uploader, String fileName,
                                   Content content, CheckedFile known, Incoming incoming,
                                   EvidenceSignatures.Verdict verdict) {
        String unitCode = unit.code();
        Optional<EvidenceDocument> existing = index.findByName(unitCode, year, criterion, fileName);
        if (existing.isPresent() && existing.get().sealedAt() != null) {
            throw rejected(HttpStatus.CONFLICT, "Tài liệu \"" + fileName + "\" đã nộp trong hồ sơ nên không "
                    + "thể thay thế; hãy tải lên tài liệu bổ sung với tên khác.",
                    "Sealed document " + fileName + " of unit " + unitCode + " cannot be replaced");
        }
        String documentId = existing.map(EvidenceDocument::id).orElseGet(() -> UUID.randomUUID().toString());
        Pending pending = new Pending(documentId, Operation.UPLOAD, unitCode, year, criterion, fileName, null);
        begin(pending, fileName);
        StoredVersion stored;
        CheckedFile file;
        try {
            Map<String, Object> metadata = metadata(documentId, unitCode, year, criterion, uploader,
                    content.mediaType());
            if (known != null) {
                metadata.putAll(hashAndSize(known));
            }
            stored = repository.store(folders.of(unitCode, year, criterion), fileName, metadata, content,
                    existing.map(EvidenceDocument::cmisObjectId).orElse(null));
            file = known != null ? known : incoming.checked();
            if (known == null) {
                repository.completeMetadata(stored.objectId(), hashAndSize(file));
            }
        } catch (RuntimeException e) {
            settleAfterFailure(pending);
            throw incoming.refusal() != null ? incoming.refusal() : e;
        }
        EvidenceDocument document = new EvidenceDocument(documentId, unitCode, year, criterion, file.fileName(),
                file.mediaType(), file.size(), file.sha256(), uploader, engineNow(), stored.objectId(), stored.label(),
                verdict.indication(), verdict.subIndication(), verdict.report(), null);
        try {
            transaction.executeWithoutResult(status -> dossierLocks.changing(unitCode, year, () -> {
                if (!REPORTS.equals(criterion)) {
                    requireOpen(unitCode, year);
                }
                index.save(document, stored.seriesId());
                journal.end(documentId);
                return null;
            }));
        } catch (RuntimeException e) {
            // Frozen while the content travelled, or the index failed: the new version must not stay behind.
            settleAfterFailure(pending);
            throw e;
        }
        log.info("Evidence {} v{} stored for unit {} year {} criterion {}: {} ({}, {} bytes, sha256 {}) by {}",
                document.id(), stored.label(), unitCode, year, criterion, file.fileName(), file.mediaType(),
                file.size(), file.sha256(), uploader);
        return document;
    }

    public List<EvidenceDocument> list(String unitCode, int year, String criterion) {
        return index.list(unitCode, year, criterion);
    }

    public Optional<EvidenceDocument> find(String id) {
        return index.find(id);
    }

    /** The content of the newest version, streamed from the repository; the caller closes it. */
    public InputStream openContent(EvidenceDocument document) {
        return repository.content(document.cmisObjectId());
    }

    public List<EvidenceVersion> versions(EvidenceDocument document) {
        return repository.versions(document.cmisObjectId());
    }

    /** Deletes the document with all its versions; refused once the dossier is frozen. */
    public void delete(EvidenceDocument document, String actor) {
        requireNotReports(document.criterion());
        Pending pending = new Pending(document.id(), Operation.DELETE, document.unitCode(), document.year(),
                document.criterion(), document.fileName(), document.cmisObjectId());
        begin(pending, document.fileName());
        try {
            transaction.executeWithoutResult(status -> dossierLocks.changing(document.unitCode(), document.year(), () -> {
                requireOpen(document.unitCode(), document.year());
                if (index.isSealed(document.id())) {
                    throw rejected(HttpStatus.CONFLICT, "Tài liệu \"" + document.fileName() + "\" đã nộp trong hồ sơ "
                            + "nên không thể xóa.", "Sealed document " + document.id() + " cannot be deleted");
                }
                repository.deleteAllVersions(document.cmisObjectId());
                index.delete(document.id());
                journal.end(document.id());
                return null;
            }));
        } catch (RuntimeException e) {
            settleAfterFailure(pending);
            throw e;
        }
        log.info("Evidence {} ({}) of unit {} year {} deleted by {}", document.id(), document.fileName(),
                document.unitCode(), document.year(), actor);
    }

    public boolean isFrozen(String unitCode, int year) {
        return index.frozenAt(unitCode, year).isPresent();
    }

    /**
     * Freezes the unit's dossier at submission, in the submission's transaction: from its commit on nothing in it can
     * be added, replaced or deleted through DXFlow. Idempotent: a retry of the submission step gets the same seal.
     * The repository's own freeze follows in a step of its own ({@link #freezeInRepository}).
     */
    public DossierSeal freeze(String unitCode, int year, String actor) {
        return dossierLocks.freezing(unitCode, year, () -> sealNow(unitCode, year, actor));
    }

    private DossierSeal sealNow(String unitCode, int year, String actor) {
        OffsetDateTime now = engineNow();
        if (index.seal(unitCode, year, now, actor)) {
            log.info("Evidence dossier of unit {} year {} frozen by {}", unitCode, year, actor);
        }
        index.sealDocuments(unitCode, year, now);
        return new DossierSeal(unitCode, year, index.frozenAt(unitCode, year).orElseThrow(), sealedDocuments(unitCode, year)
                .stream().map(d -> new DossierSeal.SealedDocument(d.id(), d.criterion(), d.fileName(), d.cmisObjectId(),
                        d.sha256(), d.size()))
                .toList());
    }

    /**
     * Marks every sealed document of the dossier frozen in the repository too (where the repository records it).
     * Idempotent, so the step that calls it is retried until the repository agrees with DXFlow's seal, whatever
     * interrupted it.
     * @return how many documents were marked
     */
    public int freezeInRepository(String unitCode, int year) {
        List<EvidenceDocument> sealed = sealedDocuments(unitCode, year);
        sealed.forEach(d -> repository.markFrozen(d.cmisObjectId()));
        log.info("Evidence dossier of unit {} year {}: {} documents frozen in the repository", unitCode, year,
                sealed.size());
        return sealed.size();
    }

    /** The dossier's sealed evidence; the reports folder is not evidence (reports get new versions afterwards). */
    private List<EvidenceDocument> sealedDocuments(String unitCode, int year) {
        return index.list(unitCode, year, null).stream()
                .filter(d -> d.sealedAt() != null && !REPORTS.equals(d.criterion())).toList();
    }

    /**
     * Reopens a frozen dossier for a supplement requested by the appraisal council: new documents may be added,
     * while every document already submitted stays as it was (it cannot be replaced or deleted).
     */
    public void reopenForSupplement(String unitCode, int year, String actor) {
        index.unseal(unitCode, year);
        log.info("Evidence dossier of unit {} year {} reopened for a supplement by {}", unitCode, year, actor);
    }

    /**
     * Re-hashes every document of the dossier in the repository and compares with the recorded SHA-256; where the
     * repository records a frozen state, compares it with DXFlow's seal too.
     */
    public IntegrityReport verify(String unitCode, int year) {
        return new IntegrityCheck(repository).of(unitCode, year, isFrozen(unitCode, year), index.list(unitCode, year, null));
    }

    /** The reports folder is filed by the report steps only (each with its own write rule), never as evidence. */
    private static void requireNotReports(String criterion) {
        if (REPORTS.equalsIgnoreCase(criterion)) {
            throw rejected(HttpStatus.BAD_REQUEST, "\"" + REPORTS + "\" là thư mục báo cáo, không phải một tiêu chí: "
                    + "báo cáo đã ký được tải lên ở bước tương ứng của hồ sơ.", "Evidence upload or deletion in " + REPORTS);
        }
    }

    private void requireOpen(String unitCode, int year) {
        if (isFrozen(unitCode, year)) {
            throw rejected(HttpStatus.CONFLICT, "Hồ sơ minh chứng năm " + year + " của đơn vị đã nộp và đã khóa: "
                            + "không thể thêm, thay thế hoặc xóa tài liệu.",
                    "Dossier of unit " + unitCode + " year " + year + " is frozen");
        }
    }

    /** Evidence belongs to a criterion of the catalog the unit is assessed with that year; reports have their folder. */
    private void requireCriterionOfCampaign(String unitCode, int year, String criterion) {
        requireNotReports(criterion);
        if (criterion == null || !CRITERION.matcher(criterion).matches()) {
            throw rejected(HttpStatus.BAD_REQUEST,
                    "Mã tiêu chí không hợp lệ: chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang (tối đa 40 ký tự).",
                    "Invalid criterion code " + criterion);
        }
        EvidencePolicy rules = policy.getIfAvailable();
        if (rules == null) {
            return;
        }
        var criteria = rules.criteria(unitCode, year).orElseThrow(() -> rejected(HttpStatus.BAD_REQUEST,
                "Đơn vị không có đợt đánh giá nào trong năm " + year + ": không thể nộp minh chứng cho năm này.",
                "No campaign assesses unit " + unitCode + " in " + year));
        if (!criteria.contains(criterion)) {
            throw rejected(HttpStatus.BAD_REQUEST, "Tiêu chí \"" + criterion + "\" không có trong bộ tiêu chí đánh giá "
                    + "năm " + year + " của đơn vị.", "Criterion " + criterion + " is not in the catalog of unit "
                    + unitCode + " in " + year);
        }
    }

    private void begin(Pending pending, String fileName) {
        try {
            journal.begin(pending);
        } catch (DuplicateKeyException e) {
            throw rejected(HttpStatus.CONFLICT, "Tài liệu \"" + fileName + "\" đang được tải lên hoặc xóa trong một "
                    + "phiên khác; vui lòng thử lại sau ít phút.", "Document " + pending.documentId()
                    + " has an operation under way");
        }
    }

    /** After a failed operation: repairs what it left now if the repository answers, else at the next start. */
    private void settleAfterFailure(Pending pending) {
        try {
            reconciliation.settle(pending);
        } catch (RuntimeException e) {
            log.warn("Evidence operation {} on {} left for reconciliation at the next start: {}", pending.operation(),
                    pending.documentId(), e.getMessage());
        }
    }

    private static Map<String, Object> metadata(String documentId, String unitCode, int year, String criterion,
                                                String uploader, String mediaType) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("dxf:documentId", documentId);
        metadata.put("dxf:unitCode", unitCode);
        metadata.put("dxf:year", String.valueOf(year));
        metadata.put("dxf:criterion", criterion);
        metadata.put("dxf:uploader", uploader);
        metadata.put("dxf:mediaType", mediaType);
        return metadata;
    }

    private static Map<String, Object> hashAndSize(CheckedFile file) {
        return Map.of("dxf:sha256", file.sha256(), "dxf:size", String.valueOf(file.size()));
    }

    private static Content reread(CheckedFile file, Path spooled) {
        return new Content(file.mediaType(), file.size(), () -> Files.newInputStream(spooled), true);
    }

    /** The engine's clock, which decides the submission's time and lateness, for upload and seal times too. */
    private static OffsetDateTime engineNow() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }

    private static EvidenceRejectedException rejected(HttpStatus status, String vietnamese, String english) {
        return new EvidenceRejectedException(status, vietnamese, english);
    }
}
