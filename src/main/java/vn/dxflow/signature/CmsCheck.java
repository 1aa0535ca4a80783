package vn.dxflow.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Verifies the CMS SignedData of a signature by its /SubFilter (ISO 32000-1 12.8.3.3): adbe.pkcs7.detached and
 * ETSI.CAdES.detached sign the byte ranges and must not carry content of their own; adbe.pkcs7.sha1 signs, as its
 * encapsulated content, the SHA-1 digest of the byte ranges. Every SignerInfo must verify: its certificate, the
 * message-digest and signing-certificate(-v2) signed attributes (RFC 5652 11.2, RFC 5035) and the signature value
 * (RSA PKCS#1 v1.5 and PSS, ECDSA); the first SignerInfo is the signer the report names.
 *
 * <p>The content digest runs on the JDK provider (SHA-NI, about 6x faster than Bouncy Castle's pure-Java SHA-256 on
 * large files); the signature value on Bouncy Castle, which knows PSS parameters and is faster for ECDSA.
 */
final class CmsCheck {

    static final String SHA1_SUBFILTER = "adbe.pkcs7.sha1";
    private static final Set<String> DETACHED_SUBFILTERS = Set.of("adbe.pkcs7.detached", "ETSI.CAdES.detached");
    private static final List<String> ACCEPTED_DIGESTS = List.of(NISTObjectIdentifiers.id_sha256.getId(),
            NISTObjectIdentifiers.id_sha384.getId(), NISTObjectIdentifiers.id_sha512.getId());

    /** What a readable CMS signature yields, whether or not it verified; problems may hold warnings. */
    record Result(CMSSignedData cms, SignerInformation signer, X509Certificate certificate, Instant claimedTime,
            List<Problem> problems) {

        /** The signature value and digest hold (a weak algorithm or a warning aside). */
        boolean verified() {
            return certificate != null && problems.stream()
                    .allMatch(p -> p.finding().warning() || p.finding() == Finding.WEAK_DIGEST);
        }
    }

    /** Immutable look-up tables, the same for every signature: built once. */
    private static final DefaultCMSSignatureAlgorithmNameGenerator ALGORITHM_NAMES = new DefaultCMSSignatureAlgorithmNameGenerator();
    private static final DefaultSignatureAlgorithmIdentifierFinder ALGORITHM_FINDER = new DefaultSignatureAlgorithmIdentifierFinder();

    private final Provider bouncyCastle;
    private final DigestCalculatorProvider digests;

    CmsCheck(Provider bouncyCastle) {
        this.bouncyCastle = bouncyCastle;
        try {
            this.digests = new JcaDigestCalculatorProviderBuilder().build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("no digest provider", e);
        }
    }

    /** Null certificate and non-empty problems when the CMS cannot be read or has no usable signer. */
    Result check(SignedRanges ranges, byte[] contents, String subFilter) {
        boolean sha1 = SHA1_SUBFILTER.equals(subFilter);
        if (!sha1 && subFilter != null && !DETACHED_SUBFILTERS.contains(subFilter)) {
            return unreadable(Finding.UNSUPPORTED_SIGNATURE_FORMAT, "/SubFilter " + subFilter + " is not supported");
        }
        int end = BerLength.of(contents);
        if (end < 0) {
            return unreadable(Finding.CMS_UNREADABLE, "/Contents does not hold a BER-encoded structure");
        }
        List<Problem> problems = new ArrayList<>();
        if (!zeroAfter(contents, end)) {
            // Not signed, so it changes nothing shown; but it is a covert channel (Didier Stevens, "signed PDF stego").
            problems.add(new Problem(Finding.CONTENTS_PADDING_NOT_ZERO, "non-zero bytes after the CMS structure in /Contents"));
        }
        CMSSignedData cms;
        List<SignerInformation> signers;
        try {
            byte[] der = Arrays.copyOf(contents, end);
            cms = new CMSSignedData(der);
            // Bouncy Castle parses the ContentInfo without checking its type (RFC 5652 3, 5.1).
            if (!CMSObjectIdentifiers.signedData.equals(cms.toASN1Structure().getContentType())
                    || !CMSObjectIdentifiers.data.getId().equals(cms.getSignedContentTypeOID())) {
                return unreadable(Finding.CMS_UNREADABLE, "not a SignedData over id-data");
            }
            byte[] embedded = cms.getSignedContent() == null ? null : (byte[]) cms.getSignedContent().getContent();
            if (sha1) {
                Problem digest = sha1Content(ranges, embedded);
                if (digest != null) {
                    return unreadable(digest.finding(), digest.detail());
                }
            } else if (embedded != null) {
                // A detached signature covers the byte ranges; with content of its own (even empty) the signed
                // attributes vouch for that content instead (EU DSS: not intact).
                return unreadable(Finding.CMS_CONTENT_EMBEDDED, "a detached signature's CMS encapsulates "
                        + embedded.length + " bytes of content");
            } else {
                cms = new CMSSignedData(ranges, cms.toASN1Structure());
            }
            signers = new ArrayList<>(cms.getSignerInfos().getSigners());
            if (signers.isEmpty()) {
                return unreadable(Finding.CMS_UNREADABLE, "no SignerInfo");
            }
            for (SignerInformation signer : signers) {
                if (!envelopeConsistent(cms, signer)) {
                    return unreadable(Finding.CMS_UNREADABLE, "SignedData version or digestAlgorithms inconsistent with its signer");
                }
            }
        } catch (CMSException | RuntimeException e) {
            return unreadable(Finding.CMS_UNREADABLE, "CMS SignedData cannot be parsed: " + e.getMessage());
        }
        SignerInformation first = signers.get(0);
        X509Certificate certificate = signingCertificate(cms, first);
        if (certificate == null) {
            return unreadable(Finding.SIGNING_CERTIFICATE_MISSING, "no certificate matches the SignerInfo's sid");
        }
        for (SignerInformation signer : signers) {
            Problem problem = signerProblem(cms, signer, sha1);
            if (problem != null) {
                problems.add(0, problem);
                break;
            }
        }
        return new Result(cms, first, certificate, claimedTime(first), List.copyOf(problems));
    }

    /** adbe.pkcs7.sha1: the encapsulated content is the SHA-1 digest of the byte ranges. */
    private static Problem sha1Content(SignedRanges ranges, byte[] embedded) {
        if (embedded == null) {
            return new Problem(Finding.CMS_UNREADABLE, "adbe.pkcs7.sha1 without encapsulated content");
        }
        try {
            byte[] digest = ranges.digest(MessageDigest.getInstance("SHA-1"));
            return Arrays.equals(digest, embedded) ? null
                    : new Problem(Finding.HASH_MISMATCH, "the encapsulated SHA-1 digest differs from the signed bytes'");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first problem of one SignerInfo: its certificate, signature value, signing-certificate, digest strength. */
    private Problem signerProblem(CMSSignedData cms, SignerInformation signer, boolean sha1) {
        X509Certificate certificate = signingCertificate(cms, signer);
        if (certificate == null) {
            return new Problem(Finding.SIGNING_CERTIFICATE_MISSING, "no certificate matches a SignerInfo's sid");
        }
        Problem problem = verifyValue(signer, certificate);
        if (problem == null) {
            problem = signingCertificateAttributeProblem(signer, certificate);
        }
        if (problem == null && (sha1 || !ACCEPTED_DIGESTS.contains(signer.getDigestAlgOID()))) {
            problem = new Problem(Finding.WEAK_DIGEST, sha1 ? "adbe.pkcs7.sha1 hashes the document with SHA-1"
                    : "digest algorithm " + signer.getDigestAlgOID()
                            + (OIWObjectIdentifiers.idSHA1.getId().equals(signer.getDigestAlgOID()) ? " (SHA-1)" : ""));
        }
        return problem;
    }

    /**
     * The SignedData fields around the SignerInfo are not signed and Bouncy Castle ignores them; RFC 5652 5.1 still
     * fixes them (version 1, 3, 4 or 5; digestAlgorithms lists the signer's digest). Holding them to it leaves no
     * unsigned bytes that can vary while the file still verifies.
     */
    private static boolean envelopeConsistent(CMSSignedData cms, SignerInformation signer) {
        int version = cms.getVersion();
        return (version == 1 || version == 3 || version == 4 || version == 5)
                && cms.getDigestAlgorithmIDs().stream()
                        .anyMatch(id -> id.getAlgorithm().getId().equals(signer.getDigestAlgOID()));
    }

    private static boolean zeroAfter(byte[] contents, int end) {
        for (int i = end; i < contents.length; i++) {
            if (contents[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Result unreadable(Finding finding, String detail) {
        return new Result(null, null, null, null, List.of(new Problem(finding, detail)));
    }

    private Problem verifyValue(SignerInformation signer, X509Certificate certificate) {
        try {
            // Built on the bare public key: with a certificate attached, Bouncy Castle would also judge the
            // certificate's validity at the claimed signing time, which is the chain check's job.
            SignerInformationVerifier verifier = new SignerInformationVerifier(ALGORITHM_NAMES, ALGORITHM_FINDER,
                    new JcaContentVerifierProviderBuilder().setProvider(bouncyCastle).build(certificate.getPublicKey()),
                    digests);
            return signer.verify(verifier) ? null
                    : new Problem(Finding.SIGNATURE_VALUE_INVALID, "the signature value does not verify");
        } catch (CMSSignerDigestMismatchException e) {
            return new Problem(Finding.HASH_MISMATCH, "message-digest attribute differs from the signed bytes' digest");
        } catch (CMSException | OperatorCreationException | RuntimeException e) {
            return new Problem(Finding.SIGNATURE_VALUE_INVALID, "signature cannot be verified: " + e.getMessage());
        }
    }

    /** RFC 5035: the signing-certificate-v2 attribute binds the signature to one certificate (PAdES baseline). */
    private static Problem signingCertificateAttributeProblem(SignerInformation signer, X509Certificate certificate) {
        Attribute attribute = attribute(signer.getSignedAttributes(),
                PKCSObjectIdentifiers.id_aa_signingCertificateV2.getId());
        if (attribute == null) {
            return null;
        }
        try {
            ESSCertIDv2 first = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
            AlgorithmIdentifier hashAlgorithm = first.getHashAlgorithm();
            MessageDigest digest = MessageDigest.getInstance(hashAlgorithm.getAlgorithm().getId());
            if (Arrays.equals(digest.digest(certificate.getEncoded()), first.getCertHash())) {
                return null;
            }
            return new Problem(Finding.SIGNING_CERTIFICATE_MISSING, "signing-certificate-v2 names another certificate");
        } catch (NoSuchAlgorithmException | CertificateEncodingException | RuntimeException e) {
            return new Problem(Finding.SIGNING_CERTIFICATE_MISSING, "signing-certificate-v2 unreadable: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate signingCertificate(CMSSignedData cms, SignerInformation signer) {
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        if (matches.isEmpty()) {
            return null;
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
        } catch (CertificateException e) {
            return null;
        }
    }

    private static Instant claimedTime(SignerInformation signer) {
        Attribute attribute = attribute(signer.getSignedAttributes(), CMSAttributes.signingTime.getId());
        if (attribute == null) {
            return null;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (RuntimeException e) {
            return null;
        }
    }

    static Attribute attribute(AttributeTable table, String oid) {
        if (table == null) {
            return null;
        }
        return table.get(new ASN1ObjectIdentifier(oid));
    }

}
