package vn.dxflow.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Decides whether each certificate of a path was revoked, from CRLs (RFC 5280 6.3) and OCSP responses (RFC 6960):
 * first those shipped with the signature, then those fetched from the certificate's own CRL distribution points and
 * OCSP responders. Only data signed by the certificate's issuer (or its delegated OCSP responder) counts, and a "not
 * revoked" answer counts only when issued after the time it must vouch for. No answer gives TRY_LATER, never a pass.
 */
final class RevocationChecker {

    private final RevocationFetcher fetcher;
    private final Provider bouncyCastle;
    private final Duration freshness;

    RevocationChecker(RevocationFetcher fetcher, Provider bouncyCastle, Duration freshness) {
        this.fetcher = fetcher;
        this.bouncyCastle = bouncyCastle;
        this.freshness = freshness;
    }

    /**
     * @param provenTime  time proven by a signature timestamp, or null
     * @param claimedTime time the signer claims, or null
     * @param now         validation time: now, or the time the user asked for
     */
    Problem check(List<X509Certificate> chain, RevocationData shipped, Instant provenTime, Instant claimedTime,
            Instant now) {
        Instant vouchFrom = (provenTime != null ? provenTime : now).minus(freshness);
        for (int i = 0; i < chain.size() - 1; i++) {
            X509Certificate certificate = chain.get(i);
            Status status = status(certificate, chain.get(i + 1), shipped, vouchFrom);
            String name = certificate.getSubjectX500Principal().getName();
            // revoked only after the validation time: as of that time the certificate was good
            if (status.revokedAt() != null && !status.revokedAt().isAfter(now)) {
                Instant limit = provenTime != null ? provenTime : claimedTime;
                if (limit == null || !status.revokedAt().isAfter(limit)) {
                    return new Problem(Finding.CERTIFICATE_REVOKED, name + " revoked at " + status.revokedAt());
                }
                if (provenTime == null) {
                    return new Problem(Finding.CERTIFICATE_REVOKED_NO_POE, name + " revoked at " + status.revokedAt()
                            + ", after the claimed signing time but without a timestamp to prove it");
                }
            } else if (status.revokedAt() == null && !status.good()) {
                return new Problem(Finding.REVOCATION_UNAVAILABLE, "no usable CRL or OCSP answer for " + name);
            }
        }
        return null;
    }

    /** revokedAt set when revoked; good when a fresh enough source vouches for the certificate. */
    private record Status(Instant revokedAt, boolean good) {

        Status and(Status other) {
            Instant revoked = revokedAt == null ? other.revokedAt
                    : other.revokedAt == null || revokedAt.isBefore(other.revokedAt) ? revokedAt : other.revokedAt;
            return new Status(revoked, good || other.good);
        }

        boolean decided() {
            return revokedAt != null || good;
        }
    }

    private Status status(X509Certificate certificate, X509Certificate issuer, RevocationData shipped, Instant vouchFrom) {
        Status status = fromCrls(certificate, signedBy(shipped.crls(), issuer), vouchFrom)
                .and(fromOcsp(certificate, issuer, signedBy(shipped.ocspResponses(), issuer), vouchFrom));
        if (status.decided()) {
            return status;
        }
        // fetched answers are parsed and their signatures checked once while the fetcher keeps them
        List<Object> fetched = fetcher.derived(List.of(certificate, issuer), () -> signedAnswers(certificate, issuer));
        return fromOcsp(certificate, issuer, only(fetched, BasicOCSPResp.class), vouchFrom)
                .and(fromCrls(certificate, only(fetched, X509CRL.class), vouchFrom));
    }

    private List<Object> signedAnswers(X509Certificate certificate, X509Certificate issuer) {
        RevocationData fetched = fetch(certificate, issuer);
        List<Object> answers = new ArrayList<>(signedBy(fetched.ocspResponses(), issuer));
        answers.addAll(signedBy(fetched.crls(), issuer));
        return answers;
    }

    private static <T> List<T> only(List<Object> answers, Class<T> type) {
        return answers.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private RevocationData fetch(X509Certificate certificate, X509Certificate issuer) {
        RevocationData fetched = RevocationData.empty();
        byte[] request = ocspRequest(certificate, issuer);
        for (String url : ocspUrls(certificate)) {
            fetcher.post(url, "application/ocsp-request", request).ifPresent(fetched::addOcsp);
            if (!fetched.ocspResponses().isEmpty()) {
                return fetched;
            }
        }
        for (String url : crlUrls(certificate)) {
            fetcher.get(url).ifPresent(fetched::addCrl);
        }
        return fetched;
    }

    /** Only data signed by the certificate's issuer (or, for OCSP, its delegated responder) counts. */
    private <T> List<T> signedBy(List<T> answers, X509Certificate issuer) {
        return answers.stream().filter(answer -> answer instanceof X509CRL crl
                ? crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) && crlSignedBy(crl, issuer)
                : signedByIssuerOrResponder((BasicOCSPResp) answer, issuer)).toList();
    }

    private static Status fromCrls(X509Certificate certificate, List<X509CRL> crls, Instant vouchFrom) {
        Status status = new Status(null, false);
        for (X509CRL crl : crls) {
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            Instant revokedAt = entry == null ? null : entry.getRevocationDate().toInstant();
            status = status.and(new Status(revokedAt, entry == null && !crl.getThisUpdate().toInstant().isBefore(vouchFrom)));
        }
        return status;
    }

    private static Status fromOcsp(X509Certificate certificate, X509Certificate issuer, List<BasicOCSPResp> responses,
            Instant vouchFrom) {
        Status status = new Status(null, false);
        for (BasicOCSPResp response : responses) {
            for (SingleResp single : response.getResponses()) {
                if (!about(single.getCertID(), certificate.getSerialNumber(), issuer)) {
                    continue;
                }
                Object certStatus = single.getCertStatus();
                if (certStatus instanceof RevokedStatus revoked) {
                    status = status.and(new Status(revoked.getRevocationTime().toInstant(), false));
                } else if (certStatus == null) {
                    status = status.and(new Status(null, !single.getThisUpdate().toInstant().isBefore(vouchFrom)));
                }
            }
        }
        return status;
    }

    private static boolean crlSignedBy(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** RFC 6960 4.2.2.2: signed by the issuer itself, or by a responder certificate it issued for OCSP signing. */
    private boolean signedByIssuerOrResponder(BasicOCSPResp response, X509Certificate issuer) {
        if (ocspSignedBy(response, issuer)) {
            return true;
        }
        for (X509CertificateHolder holder : response.getCerts()) {
            try {
                X509Certificate responder = new JcaX509CertificateConverter().getCertificate(holder);
                List<String> purposes = responder.getExtendedKeyUsage();
                if (purposes != null && purposes.contains(KeyPurposeId.id_kp_OCSPSigning.getId())
                        && responder.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                    responder.verify(issuer.getPublicKey());
                    if (ocspSignedBy(response, responder)) {
                        return true;
                    }
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // not a usable responder certificate: try the next one
            }
        }
        return false;
    }

    private boolean ocspSignedBy(BasicOCSPResp response, X509Certificate signer) {
        try {
            return response.isSignatureValid(new JcaContentVerifierProviderBuilder().setProvider(bouncyCastle)
                    .build(signer.getPublicKey()));
        } catch (OCSPException | OperatorCreationException e) {
            return false;
        }
    }

    private static boolean about(CertificateID id, BigInteger serial, X509Certificate issuer) {
        try {
            return id.getSerialNumber().equals(serial) && id.matchesIssuer(new JcaX509CertificateHolder(issuer), digests());
        } catch (OCSPException | CertificateEncodingException | OperatorCreationException e) {
            return false;
        }
    }

    private static byte[] ocspRequest(X509Certificate certificate, X509Certificate issuer) {
        try {
            CertificateID id = new CertificateID(digests().get(CertificateID.HASH_SHA1),
                    new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            return new OCSPReqBuilder().addRequest(id).build().getEncoded();
        } catch (OCSPException | CertificateEncodingException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot build an OCSP request", e);
        }
    }

    private static DigestCalculatorProvider digests() throws OperatorCreationException {
        return new JcaDigestCalculatorProviderBuilder().build();
    }

    private static List<String> ocspUrls(X509Certificate certificate) {
        List<String> urls = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.authorityInfoAccess.getId());
        if (value != null) {
            for (AccessDescription description : AuthorityInformationAccess.getInstance(value).getAccessDescriptions()) {
                if (AccessDescription.id_ad_ocsp.equals(description.getAccessMethod())) {
                    uri(description.getAccessLocation(), urls);
                }
            }
        }
        return urls;
    }

    private static List<String> crlUrls(X509Certificate certificate) {
        List<String> urls = new ArrayList<>();
        ASN1Primitive value = extension(certificate, Extension.cRLDistributionPoints.getId());
        if (value != null) {
            for (DistributionPoint point : CRLDistPoint.getInstance(value).getDistributionPoints()) {
                DistributionPointName name = point.getDistributionPoint();
                if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
                    for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
                        uri(general, urls);
                    }
                }
            }
        }
        return urls;
    }

    private static void uri(GeneralName name, List<String> urls) {
        if (name.getTagNo() == GeneralName.uniformResourceIdentifier) {
            urls.add(name.getName().toString());
        }
    }

    private static ASN1Primitive extension(X509Certificate certificate, String oid) {
        byte[] value = certificate.getExtensionValue(oid);
        if (value == null) {
            return null;
        }
        try {
            return ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(value).getOctets());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
