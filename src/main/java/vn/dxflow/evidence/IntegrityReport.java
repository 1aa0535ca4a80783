package vn.dxflow.evidence;

import java.util.List;

/**
 * The result of re-hashing every document of a dossier against the SHA-256 recorded by DXFlow: a changed or
 * missing document is a finding, not an exception.
 */
public record IntegrityReport(String unitCode, int year, boolean frozen, boolean intact, List<Check> documents) {

    public enum Status { INTACT, CHANGED, NEW_VERSION, MISSING }

    public record Check(String id, String criterion, String fileName, String expectedSha256, String actualSha256,
                        Status status) {
    }
}
