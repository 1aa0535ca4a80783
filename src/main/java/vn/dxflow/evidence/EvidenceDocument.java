package vn.dxflow.evidence;

import java.time.OffsetDateTime;

/**
 * An evidence document as DXFlow indexes it (the newest version): unit, year and criterion it belongs to, its
 * file, SHA-256 and who uploaded it, its reference in the CMIS repository and, for a PDF, the verdict of its
 * signature verification (ETSI indication, null when the file is no PDF) with the short Vietnamese report.
 */
public record EvidenceDocument(String id, String unitCode, int year, String criterion, String fileName,
                               String mediaType, long size, String sha256, String uploader,
                               OffsetDateTime uploadedAt, String cmisObjectId, String versionLabel,
                               String signatureIndication, String signatureSubIndication, String signatureReport,
                               OffsetDateTime sealedAt) {
}
