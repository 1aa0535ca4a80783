package vn.dxflow.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dxflow.evidence.EvidenceRepository.RepositoryDocument;
import vn.dxflow.evidence.IntegrityReport.Check;
import vn.dxflow.evidence.IntegrityReport.Status;

/** One dossier's documents as the repository holds them against what DXFlow recorded: content and frozen state. */
final class IntegrityCheck {

    private static final Logger log = LoggerFactory.getLogger(IntegrityCheck.class);

    private final EvidenceRepository repository;

    IntegrityCheck(EvidenceRepository repository) {
        this.repository = repository;
    }

    IntegrityReport of(String unitCode, int year, boolean frozen, List<EvidenceDocument> documents) {
        boolean recordsFrozen = repository.recordsFrozenState();
        List<Check> checks = new ArrayList<>();
        for (EvidenceDocument d : documents) {
            checks.add(check(d, recordsFrozen));
        }
        boolean intact = checks.stream().allMatch(c -> c.status() == Status.INTACT);
        if (!intact) {
            log.warn("Integrity check of unit {} year {} found differences: {}", unitCode, year, checks.stream()
                    .filter(c -> c.status() != Status.INTACT).toList());
        }
        return new IntegrityReport(unitCode, year, frozen, intact, checks);
    }

    private Check check(EvidenceDocument d, boolean recordsFrozen) {
        Optional<RepositoryDocument> held = repository.document(d.cmisObjectId());
        if (held.isEmpty()) {
            return new Check(d.id(), d.criterion(), d.fileName(), d.sha256(), null, Status.MISSING);
        }
        if (!held.get().objectId().equals(d.cmisObjectId())) {
            return new Check(d.id(), d.criterion(), d.fileName(), d.sha256(), null, Status.NEW_VERSION);
        }
        String actual;
        try {
            actual = Sha256.of(repository.content(d.cmisObjectId()));
        } catch (java.io.IOException e) {
            throw new RepositoryUnavailableException("Cannot read " + d.cmisObjectId() + ": " + e.getMessage(), e);
        } catch (EvidenceRejectedException gone) {
            return new Check(d.id(), d.criterion(), d.fileName(), d.sha256(), null, Status.MISSING);
        }
        Status status = !actual.equals(d.sha256()) ? Status.CHANGED : frozenState(d, held.get(), recordsFrozen);
        return new Check(d.id(), d.criterion(), d.fileName(), d.sha256(), actual, status);
    }

    private static Status frozenState(EvidenceDocument d, RepositoryDocument held, boolean recordsFrozen) {
        boolean sealed = d.sealedAt() != null && !EvidenceStore.REPORTS.equals(d.criterion());
        if (!recordsFrozen || sealed == held.frozen()) {
            return Status.INTACT;
        }
        return sealed ? Status.NOT_FROZEN_IN_REPOSITORY : Status.FROZEN_ONLY_IN_REPOSITORY;
    }
}
