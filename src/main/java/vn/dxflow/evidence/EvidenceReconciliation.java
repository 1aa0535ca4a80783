package vn.dxflow.evidence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dxflow.evidence.EvidenceJournal.Pending;
import vn.dxflow.evidence.EvidenceRepository.RepositoryDocument;

/**
 * Brings DXFlow's index and the repository back into agreement after an operation was interrupted (a crash, a
 * repository that failed mid-way), with the repository as the source of truth for what happened and the index as
 * the record of what was acknowledged:
 * <ul>
 * <li>an upload that was never acknowledged leaves nothing behind: the version it sent is removed;</li>
 * <li>a deletion stands if the repository deleted the document, and is undone (the index keeps it) if not.</li>
 * </ul>
 * Runs at start-up for what the node had under way, right after a failed operation, and on demand for an
 * administrator (operations abandoned by nodes that died), who gets the list of what was repaired.
 */
@Component
class EvidenceReconciliation {

    private static final Logger log = LoggerFactory.getLogger(EvidenceReconciliation.class);

    /** What was done about one interrupted operation. */
    record Repair(String documentId, String operation, String unitCode, int year, String criterion, String fileName,
                  String outcome) {
    }

    private final EvidenceRepository repository;
    private final EvidenceIndex index;
    private final EvidenceJournal journal;
    private final DossierFolders folders;

    EvidenceReconciliation(EvidenceRepository repository, EvidenceIndex index, EvidenceJournal journal,
                           DossierFolders folders) {
        this.repository = repository;
        this.index = index;
        this.journal = journal;
        this.folders = folders;
    }

    /** No upload or deletion lasts this long: an older journal entry belongs to a node that died. */
    static final Duration ABANDONED = Duration.ofHours(6);

    /** At start-up: what this node had under way when it stopped, and what nodes that died long ago left. */
    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        try {
            List<Repair> repairs = settle(journal.interruptedAtStartUp(ABANDONED));
            if (!repairs.isEmpty()) {
                log.warn("Evidence reconciliation at start-up repaired {} interrupted operations: {}", repairs.size(),
                        repairs);
            }
        } catch (RepositoryUnavailableException e) {
            log.error("Evidence reconciliation at start-up could not reach the repository; interrupted operations "
                    + "stay in the journal until the next start or an administrator's reconciliation: {}", e.getMessage());
        }
    }

    /** An administrator's request while the nodes run: only operations that cannot be under way any more. */
    List<Repair> settleAbandoned() {
        return settle(journal.startedBefore(ABANDONED));
    }

    private List<Repair> settle(List<Pending> interrupted) {
        List<Repair> repairs = new ArrayList<>();
        for (Pending pending : interrupted) {
            repairs.add(settle(pending));
        }
        return repairs;
    }

    /** Settles one interrupted operation according to what the repository holds. */
    Repair settle(Pending pending) {
        String outcome = switch (pending.operation()) {
            case UPLOAD -> undoUpload(pending);
            case DELETE -> settleDeletion(pending);
        };
        journal.end(pending.documentId());
        log.info("Evidence {} {} of unit {} year {} ({}): {}", pending.operation(), pending.documentId(),
                pending.unitCode(), pending.year(), pending.fileName(), outcome);
        return new Repair(pending.documentId(), pending.operation().name(), pending.unitCode(), pending.year(),
                pending.criterion(), pending.fileName(), outcome);
    }

    private String undoUpload(Pending pending) {
        Optional<EvidenceDocument> acknowledged = index.find(pending.documentId());
        Optional<RepositoryDocument> sent = repository.documentsIn(
                        folders.of(pending.unitCode(), pending.year(), pending.criterion())).stream()
                .filter(d -> d.name().equals(pending.fileName())).findFirst();
        if (sent.isEmpty()) {
            return "nothing reached the repository";
        }
        RepositoryDocument latest = sent.get();
        repository.releaseCheckOut(latest.objectId());
        if (acknowledged.isPresent() && acknowledged.get().cmisObjectId().equals(latest.objectId())) {
            return "the acknowledged version is the newest: nothing to undo";
        }
        if (!pending.documentId().equals(latest.metadata().get("dxf:documentId"))) {
            return "the newest version belongs to another upload: left as it is";
        }
        if (acknowledged.isPresent()) {
            repository.deleteVersion(latest.objectId());
            return "removed unacknowledged version " + latest.label();
        }
        repository.deleteAllVersions(latest.objectId());
        return "removed unacknowledged document";
    }

    private String settleDeletion(Pending pending) {
        if (repository.document(pending.cmisObjectId()).isPresent()) {
            return "the repository kept the document: deletion undone, the index keeps it";
        }
        index.delete(pending.documentId());
        return "the repository deleted the document: removed from the index";
    }
}
