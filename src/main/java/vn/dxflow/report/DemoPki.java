package vn.dxflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The demo PKI: a CA made with Bouncy Castle at first start, a time-stamping authority (TSA) it certifies, and one
 * certificate per demo user, issued the first time the user signs. The CA publishes its revocation data as a CRL
 * issued on demand (it revokes nothing), which the demo signer embeds in the document: a demo-signed report then
 * verifies offline, as a real CA's CRL or OCSP answer embedded at signing time would (PAdES B-LT). Everything lives
 * in {@code dxflow.demo-signing.pki-dir} as PKCS#12 files ({@code ca.p12}, {@code tsa.p12}, {@code users/<userId>.p12})
 * and the CA certificate as PEM ({@code demo-ca.pem}) for the demo trust list. Demo keys only: their password is
 * public and their certificates say they have no legal value.
 */
@Component
@ConditionalOnProperty(name = "dxflow.demo-signing.enabled", havingValue = "true")
public class DemoPki {

    static final char[] PASSWORD = "demo".toCharArray();
    private static final String ORGANISATION = "DXFlow - chứng thư số thử nghiệm, không có giá trị pháp lý";
    /** The engine's clock moves in tests and demos: certificates cover the years around the real date. */
    private static final Duration BEFORE = Duration.ofDays(3 * 365);
    private static final Duration AFTER = Duration.ofDays(10 * 365);
    /** How long a CRL is current: long enough for a demo report to be uploaded after it was signed. */
    private static final Duration CRL_VALIDITY = Duration.ofDays(7);

    private final Path dir;
    private final KeyStore.PrivateKeyEntry ca;
    private final KeyStore.PrivateKeyEntry tsa;

    DemoPki(DemoSigningProperties properties) {
        this.dir = properties.pkiDir();
        try {
            // The CA writes its PEM beside its key store: the folder must exist before either.
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.ca = loadOrCreateCa();
        this.tsa = loadOrCreateTsa();
    }

    public X509Certificate caCertificate() {
        return (X509Certificate) ca.getCertificate();
    }

    /**
     * Signs a PDF for a demo user with his or her demo certificate, PAdES B-LT: timestamped by the demo TSA at the
     * given time, with the certificates and the CA's CRL of that time in the document's security store.
     */
    void sign(byte[] pdf, String userId, String name, String reason, Calendar time, OutputStream out) {
        KeyStore.PrivateKeyEntry credential = credential(userId, name == null ? userId : name);
        ByteArrayOutputStream signed = new ByteArrayOutputStream();
        PadesSigner.sign(pdf, credential, name, reason, time, tsa, signed);
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate certificate : credential.getCertificateChain()) {
            certificates.add((X509Certificate) certificate);
        }
        certificates.add((X509Certificate) tsa.getCertificate());
        PadesSigner.addValidationData(signed.toByteArray(), certificates, List.of(crl(time.getTime())), out);
    }

    /** The CA's certificate revocation list as of the given time, valid a week: no certificate is revoked. */
    private X509CRL crl(Date at) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(caCertificate(), at)
                    .setNextUpdate(Date.from(at.toInstant().plus(CRL_VALIDITY)))
                    .addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(at.getTime())))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(caCertificate()));
            return new JcaX509CRLConverter().getCRL(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").build(ca.getPrivateKey())));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot issue the demo CRL", e);
        }
    }

    /** The user's key and certificate chain (user, CA), issued on first use with the name in the subject's CN. */
    synchronized KeyStore.PrivateKeyEntry credential(String userId, String name) {
        if (!userId.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("Not a user id: " + userId);
        }
        return loadOrCreate(dir.resolve("users").resolve(userId + ".p12"), () -> {
            KeyPair keys = rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
                    .addRDN(BCStyle.UID, userId).addRDN(BCStyle.O, ORGANISATION).addRDN(BCStyle.C, "VN").build();
            return new KeyStore.PrivateKeyEntry(keys.getPrivate(),
                    new Certificate[] {issue(subject, keys.getPublic(), Purpose.SIGNING), caCertificate()});
        });
    }

    private KeyStore.PrivateKeyEntry loadOrCreateTsa() {
        return loadOrCreate(dir.resolve("tsa.p12"), () -> {
            KeyPair keys = rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "DXFlow Demo TSA")
                    .addRDN(BCStyle.O, ORGANISATION).addRDN(BCStyle.C, "VN").build();
            return new KeyStore.PrivateKeyEntry(keys.getPrivate(),
                    new Certificate[] {issue(subject, keys.getPublic(), Purpose.TIME_STAMPING), caCertificate()});
        });
    }

    private KeyStore.PrivateKeyEntry loadOrCreateCa() {
        return loadOrCreate(dir.resolve("ca.p12"), () -> {
            KeyPair keys = rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "DXFlow Demo CA")
                    .addRDN(BCStyle.O, ORGANISATION).addRDN(BCStyle.C, "VN").build();
            X509Certificate certificate = sign(subject, subject, keys.getPublic(), keys.getPrivate(), Purpose.AUTHORITY);
            try (Writer writer = Files.newBufferedWriter(dir.resolve("demo-ca.pem"), StandardCharsets.US_ASCII);
                    JcaPEMWriter pem = new JcaPEMWriter(writer)) {
                pem.writeObject(certificate);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new KeyStore.PrivateKeyEntry(keys.getPrivate(), new Certificate[] {certificate});
        });
    }

    /** The key and chain kept in the file, made and kept there on first use. */
    private static KeyStore.PrivateKeyEntry loadOrCreate(Path file, Supplier<KeyStore.PrivateKeyEntry> create) {
        if (Files.exists(file)) {
            return load(file);
        }
        KeyStore.PrivateKeyEntry entry = create.get();
        store(file, entry);
        return entry;
    }

    /** What a certificate is for: the CA's own, a signer's, or the TSA's (RFC 3161 2.3: the only, critical EKU). */
    private enum Purpose { AUTHORITY, SIGNING, TIME_STAMPING }

    private X509Certificate issue(X500Name subject, PublicKey key, Purpose purpose) {
        X500Name issuer = X500Name.getInstance(caCertificate().getSubjectX500Principal().getEncoded());
        return sign(issuer, subject, key, ca.getPrivateKey(), purpose);
    }

    private X509Certificate sign(X500Name issuer, X500Name subject, PublicKey key, PrivateKey issuerKey,
            Purpose purpose) {
        boolean authority = purpose == Purpose.AUTHORITY;
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(BEFORE)), Date.from(now.plus(AFTER)),
                    subject, key)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(authority))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(switch (purpose) {
                        case AUTHORITY -> KeyUsage.keyCertSign | KeyUsage.cRLSign;
                        case SIGNING -> KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
                        case TIME_STAMPING -> KeyUsage.digitalSignature;
                    }))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(key));
            if (purpose == Purpose.TIME_STAMPING) {
                builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            if (!authority) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        extensions.createAuthorityKeyIdentifier(caCertificate()));
            }
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey)));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot issue a demo certificate", e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore.PrivateKeyEntry load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD);
            return (KeyStore.PrivateKeyEntry) store.getEntry("key", new KeyStore.PasswordProtection(PASSWORD));
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the demo key store " + file, e);
        }
    }

    private static void store(Path file, KeyStore.PrivateKeyEntry entry) {
        try {
            Files.createDirectories(file.getParent());
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setEntry("key", entry, new KeyStore.PasswordProtection(PASSWORD));
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the demo key store " + file, e);
        }
    }
}
