package vn.dxflow.signature;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A complete PKI made in the test with Bouncy Castle: root, intermediate, signers (RSA, EC, expired, not yet valid,
 * revoked by CRL, revoked by OCSP, wrong key usage, unreachable revocation, self-signed, under an untrusted root) and a
 * timestamp authority. CRL distribution points and OCSP responders are on the loopback {@link TestResponder}. Made once
 * per test JVM: key generation is the slow part.
 */
final class TestPki {

    /** A certificate with its private key and the chain above it (without the root). */
    record Credential(X509Certificate certificate, PrivateKey key, X509Certificate... chain) {
    }

    private static TestPki instance;

    final Instant now = Instant.now();
    final TestResponder responder;
    final Credential root;
    final Credential intermediate;
    final Credential rsaSigner;
    final Credential pssSigner;
    final Credential ecSigner;
    final Credential mstSigner;
    final Credential expired;
    final Credential notYetValid;
    final Credential revokedByCrl;
    final Credential revokedByOcsp;
    final Credential crlOnly;
    final Credential keyEnciphermentOnly;
    final Credential unreachableRevocation;
    final Credential selfSigned;
    final Credential untrustedRoot;
    final Credential underUntrustedRoot;
    final Credential pathLengthZeroRoot;
    final Credential beyondPathLength;
    final Credential tsa;

    private final AtomicLong serials = new AtomicLong(1000);

    static synchronized TestPki get() {
        if (instance == null) {
            instance = new TestPki();
        }
        return instance;
    }

    private TestPki() {
        try {
            responder = TestResponder.start(this);
            root = ca("CN=DXFlow Test Root CA,O=DXFlow Test,C=VN", null, rsa(), null, 1);
            intermediate = ca("CN=DXFlow Test CA G2,O=DXFlow Test,C=VN", root, rsa(), responder.url("/crl/root.crl"), 0);
            rsaSigner = signer(person("Nguyễn Văn An", "CCCD:001099012345"), rsa(), ago(365), inDays(365), true, true);
            pssSigner = signer(person("Trần Thị Bình", "CCCD:001199054321"), rsa(), ago(365), inDays(365), true, true);
            ecSigner = signer(person("Lê Văn Cường", "CMND:012345678"), ec(), ago(365), inDays(365), true, true);
            mstSigner = signer(unit("Phòng Văn hóa và Thông tin huyện Tân Lập", "MST:0101234567"), rsa(), ago(365),
                    inDays(365), true, true);
            expired = signer(person("Phạm Văn Hết Hạn", "CCCD:001000000001"), rsa(), ago(3 * 365), ago(365), true, true);
            notYetValid = signer(person("Hoàng Văn Chưa", "CCCD:001000000002"), rsa(), inDays(30), inDays(400), true, true);
            revokedByCrl = signer(person("Vũ Văn Thu Hồi", "CCCD:001000000003"), rsa(), ago(365), inDays(365), false, true);
            revokedByOcsp = signer(person("Đặng Văn Thu Hồi", "CCCD:001000000004"), rsa(), ago(365), inDays(365), true, true);
            crlOnly = signer(person("Bùi Thị Danh Sách", "CCCD:001000000005"), rsa(), ago(365), inDays(365), false, true);
            keyEnciphermentOnly = issue(person("Ngô Văn Mã Hóa", "CCCD:001000000006"), rsa(), intermediate, ago(365),
                    inDays(365), new KeyUsage(KeyUsage.keyEncipherment), responder.url("/ocsp"), responder.url("/crl/ca.crl"), null);
            unreachableRevocation = issue(person("Đỗ Văn Mất Mạng", "CCCD:001000000007"), rsa(), intermediate, ago(365),
                    inDays(365), signing(), "http://127.0.0.1:1/ocsp", "http://127.0.0.1:1/ca.crl", null);
            KeyPair selfKeys = rsa();
            selfSigned = issue(person("Tự Ký", "CCCD:001000000008"), selfKeys, null, ago(1), inDays(365), signing(),
                    null, null, null);
            untrustedRoot = ca("CN=Untrusted Root,O=Elsewhere,C=VN", null, rsa(), null, 1);
            pathLengthZeroRoot = ca("CN=Root Without Intermediates,O=Elsewhere,C=VN", null, rsa(), null, 0);
            Credential tooDeep = ca("CN=Intermediate Too Deep,O=Elsewhere,C=VN", pathLengthZeroRoot, rsa(), null, 0);
            beyondPathLength = issue(person("Người Quá Sâu", "CCCD:001000000010"), rsa(), tooDeep, ago(1),
                    inDays(365), signing(), null, null, null);
            underUntrustedRoot = issue(person("Người Lạ", "CCCD:001000000009"), rsa(), untrustedRoot, ago(1),
                    inDays(365), signing(), null, null, null);
            tsa = issue(new X500Name("CN=DXFlow Test TSA,O=DXFlow Test,C=VN"), rsa(), intermediate, ago(10 * 365),
                    inDays(365), signing(), null, null, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        } catch (GeneralSecurityException | java.io.IOException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    TrustAnchors anchors() {
        return new TrustAnchors(java.util.List.of(root.certificate()));
    }

    Instant ago(int days) {
        return now.minus(Duration.ofDays(days));
    }

    Instant inDays(int days) {
        return now.plus(Duration.ofDays(days));
    }

    private static X500Name person(String name, String uid) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.ST, "Tuyên Quang")
                .addRDN(BCStyle.O, "UBND xã Tân Lập").addRDN(BCStyle.CN, name).addRDN(BCStyle.UID, uid).build();
    }

    private static X500Name unit(String name, String uid) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, name)
                .addRDN(BCStyle.CN, name).addRDN(BCStyle.UID, uid).build();
    }

    private static KeyUsage signing() {
        return new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
    }

    private Credential signer(X500Name subject, KeyPair keys, Instant from, Instant to, boolean ocsp, boolean crl)
            throws GeneralSecurityException, java.io.IOException, org.bouncycastle.operator.OperatorCreationException {
        return issue(subject, keys, intermediate, from, to, signing(), ocsp ? responder.url("/ocsp") : null,
                crl ? responder.url("/crl/ca.crl") : null, null);
    }

    private Credential ca(String subject, Credential issuer, KeyPair keys, String crl, int pathLength)
            throws GeneralSecurityException, java.io.IOException, org.bouncycastle.operator.OperatorCreationException {
        X500Name name = new X500Name(subject);
        X509v3CertificateBuilder builder = builder(name, keys, issuer, ago(20 * 365), inDays(20 * 365));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(pathLength));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        if (crl != null) {
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(crl));
        }
        return finish(builder, keys, issuer);
    }

    private Credential issue(X500Name subject, KeyPair keys, Credential issuer, Instant from, Instant to,
            KeyUsage keyUsage, String ocsp, String crl, ExtendedKeyUsage extendedKeyUsage)
            throws GeneralSecurityException, java.io.IOException, org.bouncycastle.operator.OperatorCreationException {
        X509v3CertificateBuilder builder = builder(subject, keys, issuer, from, to);
        builder.addExtension(Extension.keyUsage, true, keyUsage);
        if (ocsp != null) {
            builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                    AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier, ocsp)));
        }
        if (crl != null) {
            builder.addExtension(Extension.cRLDistributionPoints, false, distributionPoint(crl));
        }
        if (extendedKeyUsage != null) {
            builder.addExtension(Extension.extendedKeyUsage, true, extendedKeyUsage);
        }
        return finish(builder, keys, issuer);
    }

    private X509v3CertificateBuilder builder(X500Name subject, KeyPair keys, Credential issuer, Instant from, Instant to)
            throws java.security.cert.CertificateEncodingException {
        X500Name issuerName = issuer == null ? subject
                : X500Name.getInstance(issuer.certificate().getSubjectX500Principal().getEncoded());
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName,
                BigInteger.valueOf(serials.incrementAndGet()), Date.from(from), Date.from(to), subject, keys.getPublic());
        // RFC 5280 4.2.1.1 and 4.2.1.2: key identifiers, which EU DSS's default policy requires
        try {
            JcaX509ExtensionUtils identifiers = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectKeyIdentifier, false, identifiers.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, identifiers.createAuthorityKeyIdentifier(
                    issuer == null ? keys.getPublic() : issuer.certificate().getPublicKey()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return builder;
    }

    private static Credential finish(X509v3CertificateBuilder builder, KeyPair keys, Credential issuer)
            throws GeneralSecurityException, org.bouncycastle.operator.OperatorCreationException {
        PrivateKey signingKey = issuer == null ? keys.getPrivate() : issuer.key();
        String algorithm = signingKey.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(signingKey)));
        X509Certificate[] chain = issuer == null ? new X509Certificate[0] : concat(issuer);
        return new Credential(certificate, keys.getPrivate(), chain);
    }

    /** The certificates a signature embeds above the credential: its issuers, without the self-signed root. */
    private static X509Certificate[] concat(Credential issuer) {
        X509Certificate certificate = issuer.certificate();
        if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return new X509Certificate[0];
        }
        X509Certificate[] chain = new X509Certificate[issuer.chain().length + 1];
        chain[0] = certificate;
        System.arraycopy(issuer.chain(), 0, chain, 1, issuer.chain().length);
        return chain;
    }

    private static CRLDistPoint distributionPoint(String url) {
        return new CRLDistPoint(new DistributionPoint[] {new DistributionPoint(new DistributionPointName(
                new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier, url))), null, null)});
    }

    static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
