package vn.dxflow.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Verifies RFC 3161 time-stamp tokens: the signature timestamp of a CAdES/PAdES signature (unsigned attribute
 * id-aa-signatureTimeStampToken over the signature value, RFC 3161 appendix A) and document timestamps
 * (/SubFilter ETSI.RFC3161 over the byte ranges, ETSI EN 319 142-1 5.4.3). The token's signature, its message
 * imprint, the TSA certificate (valid at genTime, extended key usage id-kp-timeStamping, as Bouncy Castle's
 * TimeStampToken.validate checks) and the TSA's path to a trust anchor must all hold before its time is a proof.
 */
final class TimestampCheck {

    /** time is set when the token is valid; problem otherwise. */
    record Result(Instant time, X509Certificate tsaCertificate, Problem problem) {
    }

    private final Provider bouncyCastle;
    private final TrustAnchors anchors;

    TimestampCheck(Provider bouncyCastle, TrustAnchors anchors) {
        this.bouncyCastle = bouncyCastle;
        this.anchors = anchors;
    }

    /** Null when the signature carries no timestamp. */
    Result ofSignature(SignerInformation signer, Collection<X509Certificate> pool) {
        Attribute attribute = CmsCheck.attribute(signer.getUnsignedAttributes(),
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken.getId());
        if (attribute == null) {
            return null;
        }
        try {
            TimeStampToken token = new TimeStampToken(
                    new CMSSignedData(attribute.getAttrValues().getObjectAt(0).toASN1Primitive().getEncoded()));
            byte[] expected = digest(token).digest(signer.getSignature());
            return verify(token, expected, pool);
        } catch (IOException | CMSException | TSPException | NoSuchAlgorithmException | RuntimeException e) {
            return invalid("signature timestamp unreadable: " + e.getMessage());
        }
    }

    Result ofDocument(SignedRanges ranges, byte[] contents, Collection<X509Certificate> pool) {
        try {
            TimeStampToken token = new TimeStampToken(new CMSSignedData(contents));
            return verify(token, ranges.digest(digest(token)), pool);
        } catch (IOException | CMSException | TSPException | NoSuchAlgorithmException | RuntimeException e) {
            return invalid("document timestamp unreadable: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private Result verify(TimeStampToken token, byte[] expectedImprint, Collection<X509Certificate> pool) {
        if (!Arrays.equals(expectedImprint, token.getTimeStampInfo().getMessageImprintDigest())) {
            return invalid("timestamp message imprint does not match the timestamped data");
        }
        try {
            List<X509Certificate> candidates = new ArrayList<>(pool);
            for (X509CertificateHolder other : (Collection<X509CertificateHolder>) token.getCertificates().getMatches(null)) {
                candidates.add(new JcaX509CertificateConverter().getCertificate(other));
            }
            // RFC 3161 2.4.1: the TSA certificate is in the token only when the client asked (certReq); otherwise
            // it may come with the signature or the DSS.
            X509CertificateHolder holder = null;
            for (X509Certificate candidate : candidates) {
                X509CertificateHolder candidateHolder = new JcaX509CertificateHolder(candidate);
                if (token.getSID().match(candidateHolder)) {
                    holder = candidateHolder;
                    break;
                }
            }
            if (holder == null) {
                return invalid("the TSA certificate is neither in the token nor with the signature");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().setProvider(bouncyCastle).build(holder));
            X509Certificate tsa = new JcaX509CertificateConverter().getCertificate(holder);
            CertificatePath path = CertificatePath.build(tsa, candidates, anchors);
            if (path.problem() != null) {
                return invalid("TSA not trusted: " + path.problem().detail());
            }
            return new Result(token.getTimeStampInfo().getGenTime().toInstant(), tsa, null);
        } catch (TSPException | OperatorCreationException | CertificateException | RuntimeException e) {
            return invalid("timestamp does not verify: " + e.getMessage());
        }
    }

    private static MessageDigest digest(TimeStampToken token) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance(token.getTimeStampInfo().getMessageImprintAlgOID().getId());
    }

    private static Result invalid(String detail) {
        return new Result(null, null, new Problem(Finding.TIMESTAMP_INVALID, detail));
    }
}
