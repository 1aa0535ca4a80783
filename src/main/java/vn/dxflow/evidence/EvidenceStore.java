package vn.dxflow.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.apache.chemistry.opencmis.commons.exceptions.CmisObjectNotFoundException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Service;
import vn.dxflow.evidence.IntegrityReport.Check;
import vn.dxflow.evidence.IntegrityReport.Status;
import vn.dxflow.org.OrgChart;
import vn.dxflow.org.OrgUnit;

/**
 * Evidence documents of a unit's yearly dossier: upload (validated, then streamed to the CMIS repository and
 * indexed), list, read, delete, freeze at submission and integrity check. Callers check unit access first
 * ({@code UnitAccess}); this service trusts the unit it is given.
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
     * an unrelated upload. Across nodes the repository's check-out decides (409 for the loser).
     */
    private final Lock[] uploadLocks = IntStream.range(0, 256).mapToObj(i -> new ReentrantLock()).toArray(Lock[]::new);
    private final EvidenceRepository repository;
    private final EvidenceIndex index;
    private final UploadValidator validator;
    private final OrgChart orgChart;

    private final EvidenceSignatures signatures;
    private final DossierLocks dossierLocks;

    EvidenceStore(EvidenceRepository repository, EvidenceIndex index, UploadValidator validator, OrgChart orgChart,
                  EvidenceSignatures signatures, DossierLocks dossierLocks) {
        this.signatures = signatures;
        this.dossierLocks = dossierLocks;
        this.repository = repository;
        this.index = index;
        this.validator = validator;
        this.orgChart = orgChart;
    }

    /**
     * Stores the file under year / province / unit / criterion. A file of the same name under the same criterion
     * becomes a new version of that document; the earlier version stays in the repository. Nothing is indexed
     * unless the repository stored the content, so a failed upload can simply be retried.
     */
    public EvidenceDocument upload(String unitCode, int year, String criterion, String uploader,
                                   UploadContent content) throws IOException {
        OrgUnit unit = orgChart.find(unitCode).orElseThrow(() -> rejected(HttpStatus.BAD_REQUEST,
                "Không tìm thấy đơn vị có mã \"" + unitCode + "\".", "Unknown unit " + unitCode));
        if (year < 2000 || year > 2100) {
            throw rejected(HttpStatus.BAD_REQUEST, "Năm đánh giá không hợp lệ: " + year + ".", "Invalid year " + year);
        }
        if (criterion == null || !CRITERION.matcher(criterion).matches()) {
            throw rejected(HttpStatus.BAD_REQUEST,
                    "Mã tiêu chí không hợp lệ: chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang (tối đa 40 ký tự).",
                    "Invalid criterion code " + criterion);
        }
        requireNotReports(criterion);
        requireOpen(unitCode, year);
        CheckedFile file = validator.check(content);
        Lock lock = uploadLocks[Math.floorMod(
                Objects.hash(unitCode, year, criterion, file.fileName()), uploadLocks.length)];
        lock.lock();
        try {
            return dossierLocks.changing(unitCode, year, () -> storeChecked(unit, year, criterion, uploader, file, content));
        } finally {
            lock.unlock();
        }
    }

    /** The upload once validated, with the dossier held open: checked again, since a freeze may have come first. */
    private EvidenceDocument storeChecked(OrgUnit unit, int year, String criterion, String uploader, CheckedFile file,
                                          UploadContent content) throws IOException {
        String unitCode = unit.code();
        requireOpen(unitCode, year);
        if (index.hasSealed(unitCode, year, criterion, file.fileName())) {
            throw rejected(HttpStatus.CONFLICT, "Tài liệu \"" + file.fileName() + "\" đã nộp trong hồ sơ nên không "
                    + "thể thay thế; hãy tải lên tài liệu bổ sung với tên khác.",
                    "Sealed document " + file.fileName() + " of unit " + unitCode + " cannot be replaced");
        }
        EvidenceSignatures.Verdict verdict = signatures.check(unitCode, year, file, content);
        return store(unit, year, criterion, uploader, file, content, verdict);
    }

    /**
     * Stores a report (Mẫu 01-04, decision) beside the unit's evidence, in the folder {@value #REPORTS}: one signed
     * outside DXFlow with the verdict of its verification, or one DXFlow generated at a step (verdict null).
     * Reports are not evidence: the dossier's freeze does not apply, and a report stored again becomes a new version.
     */
    public EvidenceDocument storeReport(String unitCode, int year, String fileName, byte[] pdf, String uploader,
                                              String indication, String subIndication, String report) {
        OrgUnit unit = orgChart.find(unitCode).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitCode));
        UploadContent content = UploadContent.of(fileName, pdf);
        CheckedFile file;
        try {
            file = validator.check(content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return store(unit, year, REPORTS, uploader, file, content, new EvidenceSignatures.Verdict(indication, subIndication, report));
    }

    private EvidenceDocument store(OrgUnit unit, int year, String criterion, String uploader, CheckedFile file,
                                   UploadContent content, EvidenceSignatures.Verdict verdict) {
        String unitCode = unit.code();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("dxf:unitCode", unitCode);
        metadata.put("dxf:year", String.valueOf(year));
        metadata.put("dxf:criterion", criterion);
        metadata.put("dxf:uploader", uploader);
        metadata.put("dxf:sha256", file.sha256());
        metadata.put("dxf:size", String.valueOf(file.size()));
        metadata.put("dxf:mediaType", file.mediaType());
        EvidenceRepository.StoredVersion stored =
                repository.store(folderPath(unit, year, criterion), file.fileName(), metadata, file, content);
        Optional<String> known = index.findBySeries(stored.seriesId());
        EvidenceDocument document = new EvidenceDocument(known.orElseGet(() -> UUID.randomUUID().toString()),
                unitCode, year, criterion, file.fileName(), file.mediaType(), file.size(), file.sha256(), uploader,
                engineNow(), stored.objectId(), stored.label(), verdict.indication(),
                verdict.subIndication(), verdict.report(), null);
        try {
            index.save(document, stored.seriesId());
        } catch (RuntimeException e) {
            if (known.isEmpty()) {
                repository.deleteAllVersions(stored.objectId());
            }
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
    public void delete(EvidenceDocument document, String actor) throws IOException {
        requireNotReports(document.criterion());
        dossierLocks.changing(document.unitCode(), document.year(), () -> {
            requireOpen(document.unitCode(), document.year());
            if (index.isSealed(document.id())) {
                throw rejected(HttpStatus.CONFLICT, "Tài liệu \"" + document.fileName() + "\" đã nộp trong hồ sơ nên "
                        + "không thể xóa.", "Sealed document " + document.id() + " cannot be deleted");
            }
            repository.deleteAllVersions(document.cmisObjectId());
            index.delete(document.id());
            log.info("Evidence {} ({}) of unit {} year {} deleted by {}", document.id(), document.fileName(),
                    document.unitCode(), document.year(), actor);
            return document;
        });
    }

    public boolean isFrozen(String unitCode, int year) {
        return index.frozenAt(unitCode, year).isPresent();
    }

    /**
     * Freezes the unit's dossier at submission: from now on nothing in it can be added, replaced or deleted (DXFlow
     * refuses, and the repository too where it knows the evidence aspect). Idempotent: a retry of the submission
     * step gets the same seal.
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
        // The reports folder is not evidence: reports get new versions after the freeze.
        List<EvidenceDocument> documents = index.list(unitCode, year, null).stream()
                .filter(d -> !REPORTS.equals(d.criterion())).toList();
        afterCommit(() -> documents.forEach(d -> repository.markFrozen(d.cmisObjectId())));
        return new DossierSeal(unitCode, year, index.frozenAt(unitCode, year).orElseThrow(), documents.stream()
                .map(d -> new DossierSeal.SealedDocument(d.id(), d.criterion(), d.fileName(), d.cmisObjectId(),
                        d.sha256(), d.size()))
                .toList());
    }

    /**
     * Reopens a frozen dossier for a supplement requested by the appraisal council: new documents may be added,
     * while every document already submitted stays as it was (it cannot be replaced or deleted).
     */
    public void reopenForSupplement(String unitCode, int year, String actor) {
        index.unseal(unitCode, year);
        log.info("Evidence dossier of unit {} year {} reopened for a supplement by {}", unitCode, year, actor);
    }

    /** Re-hashes every document of the dossier in the repository and compares with the recorded SHA-256. */
    public IntegrityReport verify(String unitCode, int year) throws IOException {
        List<Check> checks = new ArrayList<>();
        for (EvidenceDocument d : index.list(unitCode, year, null)) {
            checks.add(check(d));
        }
        boolean intact = checks.stream().allMatch(c -> c.status() == Status.INTACT);
        if (!intact) {
            log.warn("Integrity check of unit {} year {} found differences: {}", unitCode, year, checks.stream()
                    .filter(c -> c.status() != Status.INTACT).toList());
        }
        return new IntegrityReport(unitCode, year, isFrozen(unitCode, year), intact, checks);
    }

    private Check check(EvidenceDocument d) throws IOException {
        try {
            String latest = repository.latestVersionId(d.cmisObjectId());
            String actual = Sha256.of(repository.content(latest));
            Status status = !latest.equals(d.cmisObjectId()) ? Status.NEW_VERSION
                    : actual.equals(d.sha256()) ? Status.INTACT : Status.CHANGED;
            return new Check(d.id(), d.criterion(), d.fileName(), d.sha256(), actual, status);
        } catch (CmisObjectNotFoundException e) {
            return new Check(d.id(), d.criterion(), d.fileName(), d.sha256(), null, Status.MISSING);
        }
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

    /** Folder names a person browsing the repository understands: "2025/10 - Tỉnh Lào Cai/02839 - …/CQS-1". */
    private List<String> folderPath(OrgUnit unit, int year, String criterion) {
        OrgUnit province = orgChart.provinceOf(unit.code());
        return List.of(String.valueOf(year), folderName(province), folderName(unit), criterion);
    }

    private static String folderName(OrgUnit unit) {
        return unit.code() + " - " + unit.name().replaceAll("[/\\\\:*?\"<>|]", "_");
    }

    /**
     * Runs the repository's own freeze once the submission is committed: a rolled-back submission must not leave
     * documents frozen in the repository. DXFlow's index already refuses changes whatever the repository does.
     */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        log.warn("Repository-side freeze failed; DXFlow's index still refuses changes", e);
                    }
                }
            });
        } else {
            action.run();
        }
    }

    /** The engine's clock, which decides the submission's time and lateness, for upload and seal times too. */
    private static OffsetDateTime engineNow() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }

    private static EvidenceRejectedException rejected(HttpStatus status, String vietnamese, String english) {
        return new EvidenceRejectedException(status, vietnamese, english);
    }
}
