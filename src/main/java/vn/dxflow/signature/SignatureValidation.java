package vn.dxflow.signature;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * The checks of one signature in the order of ETSI EN 319 102-1 basic validation: format (byte range), cryptography
 * (CMS), timestamp, identification and path to a trust anchor, validity and revocation at the best signature time,
 * then what changed after signing.
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

    /** The document being verified and what it shares with all its signatures. */
    record Document(byte[] pdf, PDDocument pdDocument, RevocationData dss, int docMdp, Instant now) {
    }

    SignatureReport validate(Document document, String fieldName, PDSignature signature) {
        COSDictionary dictionary = signature.getCOSObject();
        boolean documentTimestamp = DOCUMENT_TIMESTAMP.equals(dictionary.getNameAsString(COSName.SUB_FILTER));
        Instant declared = instant(signature.getSignDate());
        List<Problem> problems = new ArrayList<>();
        ByteRangeCheck.Result range = ByteRangeCheck.check(document.pdf(), dictionary);
        if (range.problem() != null) {
            problems.add(range.problem());
            return Reports.signature(new Reports.Evidence(fieldName, documentTimestamp, problems, null, declared, null,
                    signature.getReason()));
        }
        byte[] contents = ((COSString) dictionary.getDictionaryObject(COSName.CONTENTS)).getBytes();
        Reports.Evidence evidence = documentTimestamp
                ? documentTimestamp(document, fieldName, range.ranges(), contents, problems)
                : signature(document, fieldName, signature, range.ranges(), contents, problems, declared);
        problems.addAll(RevisionComparison.changesAfter(document.pdf(), document.pdDocument(),
                range.ranges().signedEnd(), document.docMdp()));
        return Reports.signature(evidence);
    }

    private Reports.Evidence documentTimestamp(Document document, String fieldName, SignedRanges ranges,
            byte[] contents, List<Problem> problems) {
        TimestampCheck.Result timestamp = timestampCheck.ofDocument(ranges, contents, document.dss().certificates());
        if (timestamp.problem() != null) {
            problems.add(timestamp.problem());
        }
        SignerIdentity tsa = timestamp.tsaCertificate() == null ? null : SignerIdentity.of(timestamp.tsaCertificate());
        return new Reports.Evidence(fieldName, true, problems, tsa, timestamp.time(), timestamp.time(), null);
    }

    private Reports.Evidence signature(Document document, String fieldName, PDSignature signature,
            SignedRanges ranges, byte[] contents, List<Problem> problems, Instant declared) {
        CmsCheck.Result cms = cmsCheck.check(ranges, contents);
        problems.addAll(cms.problems());
        if (cms.certificate() == null) {
            return new Reports.Evidence(fieldName, false, problems, null, declared, null, signature.getReason());
        }
        SignerIdentity signer = SignerIdentity.of(cms.certificate());
        Instant claimed = cms.claimedTime() != null ? cms.claimedTime() : declared;
        boolean cryptoFailed = !cms.problems().isEmpty() && cms.problems().get(0).finding() != Finding.WEAK_DIGEST;
        Instant proven = null;
        if (!cryptoFailed) {
            RevocationData shipped = RevocationData.fromCms(cms.cms(), cms.signer()).plus(document.dss());
            proven = checkTime(cms, shipped, problems);
            checkCertificate(cms.certificate(), shipped, proven, claimed, document.now(), problems);
        }
        return new Reports.Evidence(fieldName, false, problems, signer, claimed, proven, signature.getReason());
    }

    private Instant checkTime(CmsCheck.Result cms, RevocationData shipped, List<Problem> problems) {
        TimestampCheck.Result timestamp = timestampCheck.ofSignature(cms.signer(), shipped.certificates());
        if (timestamp == null) {
            if (requireTimestamp) {
                problems.add(new Problem(Finding.TIMESTAMP_REQUIRED, "the signature has no RFC 3161 timestamp"));
            }
            return null;
        }
        if (timestamp.problem() != null) {
            problems.add(timestamp.problem());
        }
        return timestamp.time();
    }

    private void checkCertificate(X509Certificate certificate, RevocationData shipped, Instant proven,
            Instant claimed, Instant now, List<Problem> problems) {
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE] && !keyUsage[NON_REPUDIATION]) {
            problems.add(new Problem(Finding.KEY_USAGE_NOT_FOR_SIGNING,
                    "key usage has neither digitalSignature nor nonRepudiation"));
        }
        CertificatePath path = CertificatePath.build(certificate, shipped.certificates(), anchors);
        if (path.problem() != null) {
            problems.add(path.problem());
            return;
        }
        Instant at = proven != null ? proven : now;
        for (X509Certificate link : path.chain()) {
            String name = link.getSubjectX500Principal().getName();
            if (at.isBefore(link.getNotBefore().toInstant())) {
                problems.add(new Problem(Finding.CERTIFICATE_NOT_YET_VALID, name + " not valid before " + link.getNotBefore().toInstant()));
                return;
            }
            if (at.isAfter(link.getNotAfter().toInstant())) {
                problems.add(new Problem(proven != null ? Finding.CERTIFICATE_EXPIRED : Finding.CERTIFICATE_EXPIRED_NO_POE,
                        name + " expired at " + link.getNotAfter().toInstant()));
                return;
            }
        }
        Problem revocation = revocationChecker.check(path.chain(), shipped, proven, claimed, now);
        if (revocation != null) {
            problems.add(revocation);
        }
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
