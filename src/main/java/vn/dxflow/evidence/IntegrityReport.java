package vn.dxflow.evidence;

import java.util.List;

/**
 * The result of re-hashing every document of a dossier against the SHA-256 recorded by DXFlow, and of comparing the
 * repository's frozen state with DXFlow's seal: a changed, missing or unfrozen document is a finding, not an
 * exception.
 */
public record IntegrityReport(String unitCode, int year, boolean frozen, boolean intact, List<Check> documents) {

    public enum Status {
        INTACT, CHANGED, NEW_VERSION, MISSING,
        /** Sealed in DXFlow, not (yet) frozen in the repository. */
        NOT_FROZEN_IN_REPOSITORY,
        /** Frozen in the repository, though DXFlow never sealed it. */
        FROZEN_ONLY_IN_REPOSITORY
    }

    public record Check(String id, String criterion, String fileName, String expectedSha256, String actualSha256,
                        Status status) {
    }
}
