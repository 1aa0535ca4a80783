package vn.dxflow.signature;

/**
 * Verifies every signature and document timestamp of a PDF (PAdES / ISO 32000 signatures) and reports the verdicts as
 * values. Exceptions are reserved for "cannot process" (e.g. the verifier is misconfigured); an invalid, tampered or
 * unreadable PDF is a result.
 */
public interface PdfSignatureVerifier {

    DocumentReport verify(byte[] pdf, SignerRule rule);

    default DocumentReport verify(byte[] pdf) {
        return verify(pdf, SignerRule.ANYONE);
    }
}
