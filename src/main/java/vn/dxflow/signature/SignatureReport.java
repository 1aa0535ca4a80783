package vn.dxflow.signature;

import java.time.Instant;
import java.util.List;

/**
 * The verdict on one signature or document timestamp.
 *
 * @param fieldName          name of the signature field
 * @param documentTimestamp  true for a document timestamp (/SubFilter ETSI.RFC3161), false for a signature
 * @param indication         ETSI EN 319 102-1 indication
 * @param subIndication      sub-indication, null when TOTAL_PASSED
 * @param integrity          whether the document is still what was signed
 * @param trust              whether the signer can be trusted: chain, time, revocation
 * @param findings           every reason found, the one deciding the indication first
 * @param warnings           what a reader should know though it does not change the indication
 * @param errors             technical details of the findings and warnings (English, for logs and support)
 * @param signer             the signer, null when no signing certificate could be read
 * @param claimedSigningTime time the signer's software claims (signing-time attribute or /M); not proven
 * @param timestampTime      time proven by a valid RFC 3161 signature timestamp, null without one
 * @param reason             /Reason of the signature dictionary, or null
 * @param report             short report in Vietnamese for forms and printed reports
 */
public record SignatureReport(String fieldName, boolean documentTimestamp, Indication indication,
        SubIndication subIndication, Integrity integrity, Trust trust, List<Finding> findings, List<Finding> warnings,
        List<String> errors, SignerIdentity signer, Instant claimedSigningTime, Instant timestampTime, String reason,
        String report) {

    public boolean passed() {
        return indication == Indication.TOTAL_PASSED;
    }

    public boolean timestampPresent() {
        return timestampTime != null;
    }
}
