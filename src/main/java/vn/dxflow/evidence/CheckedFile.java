package vn.dxflow.evidence;

/** An upload that passed validation: its sanitized name, sniffed media type and kind, size and SHA-256 (hex). */
record CheckedFile(String fileName, String mediaType, EvidenceKind kind, long size, String sha256) {
}
