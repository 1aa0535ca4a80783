package vn.dxflow.signature;

import java.time.Instant;
import java.util.List;

/**
 * The verdict on a whole document: TOTAL_PASSED only when it has signatures and every one of them passed.
 *
 * @param indication     the worst indication of the signatures (or of the document itself when unreadable or unsigned)
 * @param subIndication  the sub-indication that goes with it, null when TOTAL_PASSED
 * @param findings       document-level findings (unreadable file, no signature, unexpected signer)
 * @param signatures     one report per signature and document timestamp, in file order
 * @param validationTime the time the certificates were judged at: now, or the time asked for
 * @param report         short report in Vietnamese
 */
public record DocumentReport(Indication indication, SubIndication subIndication, List<Finding> findings,
        List<SignatureReport> signatures, Instant validationTime, String report) {

    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }
}
