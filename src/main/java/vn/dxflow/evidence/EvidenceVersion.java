package vn.dxflow.evidence;

import java.time.Instant;

/** One version of an evidence document as the repository keeps it (re-uploads keep the earlier versions). */
public record EvidenceVersion(String objectId, String label, Instant created, String createdBy, long size) {
}
