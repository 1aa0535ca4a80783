package vn.dxflow.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import vn.dxflow.signature.Finding.Aspect;
import vn.dxflow.signature.Reports.Evidence;

/**
 * The checks of one signature in the order of ETSI EN 319 102-1 basic validation: format (cross-references, byte
 * range), cryptography (CMS), timestamp, identification and path to a trust anchor, validity and revocation at the
 * best signature time, then what changed after signing.
 */
final class SignatureValidation {

    private static final String DOCUMENT_TIMESTAMP = "ETSI.RFC3161";
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    private final CmsCheck cmsCheck;
    private final TimestampCheck timestampCheck;
    private final RevocationChecker revocationChecker;
    private final TrustAnchors anchors;
    private final boolean requireTimestamp;

    SignatureValidation(CmsCheck cmsCheck, TimestampCheck timestampCheck, RevocationChecker revocationChecker,
            TrustAnchors anchors, boolean requireTimestamp) {
        this.cmsCheck = cmsCheck;
        this.timestampCheck = timestampCheck;
        this.revocationChecker = revocationChecker;
        this.anchors = anchors;
        this.requireTimestamp = requireTimestamp;
    }

    /**
     * The document being verified and what it shares with all its signatures.
     *
     * @param validationTime the time certificates are judged at when no timestamp proves an earlier one
     */
    record Document(byte[] pdf, Revisions revisions, CrossReferences crossReferences, RevocationData dss, int docMdp,
            Instant validationTime) {
    }

    SignatureReport validate(Document document, String fieldName, PDSignature signature) {
        COSDictionary dictionary = signature.getCOSObject();
        String subFilter = dictionary.getNameAsString(COSName.SUB_FILTER);
        Evidence evidence = new Evidence(fieldName, DOCUMENT_TIMESTAMP.equals(subFilter), instant(signature.getSignDate()),
                signature.getReason());
        crossReferenceProblem(document, document.pdf().length, evidence);
        ByteRangeCheck.Result range = ByteRangeCheck.check(document.pdf(), dictionary);
        if (range.problem() != null) {
            evidence.problems.add(range.problem());
            return Reports.signature(evidence);
        }
        int signedEnd = range.ranges().signedEnd();
        if (signedEnd != document.pdf().length) {
            crossReferenceProblem(document, signedEnd, evidence);
        }
        byte[] contents = ((COSString) dictionary.getDictionaryObject(COSName.CONTENTS)).getBytes();
        if (evidence.documentTimestamp) {
            documentTimestamp(document, range.ranges(), contents, evidence);
        } else {
            signature(document, range.ranges(), contents, subFilter, evidence);
        }
        RevisionComparison.Outcome changes = RevisionComparison.changesAfter(document.revisions(), signedEnd,
                document.docMdp());
        evidence.problems.addAll(changes.problems());
        evidence.visiblyModified = changes.visiblyModified();
        return Reports.signature(evidence);
    }

    /** The revision ending at end must be readable as written (CrossReferences), or nothing read from it holds. */
    private static void crossReferenceProblem(Document document, int end, Evidence evidence) {
        String problem = document.crossReferences().problem(end);
        if (problem != null) {
            evidence.problems.add(new Problem(Finding.BROKEN_CROSS_REFERENCE, problem));
        }
    }

    private void documentTimestamp(Document document, SignedRanges ranges, byte[] contents, Evidence evidence) {
        TimestampCheck.Result timestamp = timestampCheck.ofDocument(ranges, contents, document.dss().certificates());
        if (timestamp.problem() != null) {
            evidence.problems.add(timestamp.problem());
        } else {
            // the token's signature, imprint, TSA validity at genTime and path to an anchor were all checked
            evidence.valueVerified = true;
            evidence.checked.addAll(List.of(Aspect.CHAIN, Aspect.TIME));
        }
        evidence.signer = timestamp.tsaCertificate() == null ? null : SignerIdentity.of(timestamp.tsaCertificate());
        evidence.claimedTime = timestamp.time();
        evidence.timestampTime = timestamp.time();
    }

    private void signature(Document document, SignedRanges ranges, byte[] contents, String subFilter, Evidence evidence) {
        CmsCheck.Result cms = cmsCheck.check(ranges, contents, subFilter);
        evidence.problems.addAll(cms.problems());
        if (cms.certificate() == null) {
            return;
        }
        evidence.signer = SignerIdentity.of(cms.certificate());
        if (cms.claimedTime() != null) {
            evidence.claimedTime = cms.claimedTime();
        }
        evidence.valueVerified = cms.verified();
        if (evidence.valueVerified) {
            RevocationData shipped = RevocationData.fromCms(cms.cms(), cms.signer()).plus(document.dss());
            Instant proven = checkTime(cms, shipped, evidence);
            evidence.timestampTime = proven;
            checkCertificate(cms.certificate(), shipped, proven, evidence.claimedTime, document.validationTime(), evidence);
        }
    }

    private Instant checkTime(CmsCheck.Result cms, RevocationData shipped, Evidence evidence) {
        TimestampCheck.Result timestamp = timestampCheck.ofSignature(cms.signer(), shipped.certificates());
        if (timestamp == null) {
            if (requireTimestamp) {
                evidence.problems.add(new Problem(Finding.TIMESTAMP_REQUIRED, "the signature has no RFC 3161 timestamp"));
            }
            return null;
        }
        if (timestamp.problem() != null) {
            evidence.problems.add(timestamp.problem());
        }
        return timestamp.time();
    }

    private void checkCertificate(X509Certificate certificate, RevocationData shipped, Instant proven,
            Instant claimed, Instant validationTime, Evidence evidence) {
        evidence.checked.add(Aspect.CHAIN);
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE] && !keyUsage[NON_REPUDIATION]) {
            evidence.problems.add(new Problem(Finding.KEY_USAGE_NOT_FOR_SIGNING,
                    "key usage has neither digitalSignature nor nonRepudiation"));
        }
        CertificatePath path = CertificatePath.build(certificate, shipped.certificates(), anchors);
        if (path.problem() != null) {
            evidence.problems.add(path.problem());
            return;
        }
        evidence.checked.add(Aspect.TIME);
        Instant at = proven != null ? proven : validationTime;
        for (X509Certificate link : path.chain()) {
            String name = link.getSubjectX500Principal().getName();
            if (at.isBefore(link.getNotBefore().toInstant())) {
                evidence.problems.add(new Problem(Finding.CERTIFICATE_NOT_YET_VALID, name + " not valid before "
                        + link.getNotBefore().toInstant() + " (judged at " + at + ")"));
                return;
            }
            if (at.isAfter(link.getNotAfter().toInstant())) {
                evidence.problems.add(new Problem(proven != null ? Finding.CERTIFICATE_EXPIRED : Finding.CERTIFICATE_EXPIRED_NO_POE,
                        name + " expired at " + link.getNotAfter().toInstant() + " (judged at " + at + ")"));
                return;
            }
        }
        evidence.checked.add(Aspect.REVOCATION);
        Problem revocation = revocationChecker.check(path.chain(), shipped, proven, claimed, validationTime);
        if (revocation != null) {
            evidence.problems.add(revocation);
        }
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
