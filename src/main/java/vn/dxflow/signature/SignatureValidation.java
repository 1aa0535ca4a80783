package vn.dxflow.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.util.DateConverter;
import vn.dxflow.signature.CrossReferences.Located;
import vn.dxflow.signature.Finding.Aspect;
import vn.dxflow.signature.PdfSyntax.Name;
import vn.dxflow.signature.PdfSyntax.Text;
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

    /**
     * @param value the field's /V: an indirect reference to the signature dictionary (ISO 32000-1 12.7.4.5, table
     *              232), read from the file as written
     */
    SignatureReport validate(Document document, String fieldName, COSBase value) {
        Located signature = value instanceof COSObject reference ? document.crossReferences().dictionary(
                document.pdf().length, reference.getObjectNumber(), reference.getGenerationNumber()) : null;
        Map<String, Object> dictionary = signature == null ? Map.of() : signature.dictionary();
        String subFilter = dictionary.get("SubFilter") instanceof Name name ? name.value() : null;
        Evidence evidence = new Evidence(fieldName, DOCUMENT_TIMESTAMP.equals(subFilter),
                signingTime(document.pdf(), dictionary.get("M")), text(document.pdf(), dictionary.get("Reason")));
        boolean readable = readAsWritten(document, document.pdf().length, evidence);
        if (signature == null) {
            evidence.problems.add(new Problem(Finding.MALFORMED_SIGNATURE_DICTIONARY,
                    "the field's /V is not an indirect reference to a dictionary written in the file"));
            return Reports.signature(evidence);
        }
        ByteRangeCheck.Result range = ByteRangeCheck.check(document.pdf(), signature);
        if (range.problem() != null) {
            evidence.problems.add(range.problem());
            return Reports.signature(evidence);
        }
        int signedEnd = range.ranges().signedEnd();
        if (signedEnd != document.pdf().length) {
            readable &= readAsWritten(document, signedEnd, evidence);
        }
        if (evidence.documentTimestamp) {
            documentTimestamp(document, range.ranges(), range.contents(), evidence);
        } else {
            signature(document, range.ranges(), range.contents(), subFilter, evidence);
        }
        if (readable) {
            // a revision that cannot be read as written already fails, and what PDFBox makes of it shows nothing
            RevisionComparison.Outcome changes = RevisionComparison.changesAfter(document.revisions(), signedEnd,
                    document.docMdp());
            evidence.problems.addAll(changes.problems());
            evidence.visiblyModified = changes.visiblyModified();
        }
        return Reports.signature(evidence);
    }

    private static String text(byte[] pdf, Object value) {
        return value instanceof Text text ? new COSString(text.bytes(pdf)).getString() : null;
    }

    /** /M, a PDF date (ISO 32000-1 7.9.4); unreadable dates are no claim at all. */
    private static Instant signingTime(byte[] pdf, Object value) {
        Calendar calendar = value instanceof Text text ? DateConverter.toCalendar(new COSString(text.bytes(pdf))) : null;
        return calendar == null ? null : calendar.toInstant();
    }

    /** The revision ending at end must be readable as written (CrossReferences), or nothing read from it holds. */
    private static boolean readAsWritten(Document document, int end, Evidence evidence) {
        String problem = document.crossReferences().problem(end);
        if (problem != null) {
            evidence.problems.add(new Problem(Finding.BROKEN_CROSS_REFERENCE, problem));
        }
        return problem == null;
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

}
