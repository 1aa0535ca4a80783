package vn.dxflow.evidence;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A frozen dossier: when and by whom, and a reference and SHA-256 for every document, which the submission
 * step keeps as process variables (references and hashes, never bytes).
 */
public record DossierSeal(String unitCode, int year, OffsetDateTime frozenAt, List<SealedDocument> documents) {

    public record SealedDocument(String id, String criterion, String fileName, String cmisObjectId, String sha256,
                                 long size) {
    }
}
