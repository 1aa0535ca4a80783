package vn.dxflow.signature;

import java.time.Instant;

/**
 * Verifies every signature and document timestamp of a PDF (PAdES / ISO 32000 signatures) and reports the verdicts as
 * values. Exceptions are reserved for "cannot process" (e.g. the verifier is misconfigured); an invalid, tampered or
 * unreadable PDF is a result.
 */
public interface PdfSignatureVerifier {

    /** Verifies at the current time. */
    DocumentReport verify(byte[] pdf, SignerRule rule);

    /**
     * Verifies as of {@code validationTime}: certificates without a timestamp proving an earlier signing time are
     * judged valid or not at that time (like EU DSS's validation time), e.g. for a document whose certificate has
     * expired since it was signed.
     */
    DocumentReport verify(byte[] pdf, SignerRule rule, Instant validationTime);

    default DocumentReport verify(byte[] pdf) {
        return verify(pdf, SignerRule.ANYONE);
    }
}
