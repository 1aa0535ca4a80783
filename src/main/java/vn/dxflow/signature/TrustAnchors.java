package vn.dxflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The certificates signatures must chain to. Every configured certificate is an anchor, intermediates included: an
 * operator who configures VNPT-CA SHA2 trusts what it issues. Loaded from a folder of PEM or DER files.
 */
record TrustAnchors(List<X509Certificate> certificates) {

    private static final List<String> CERTIFICATE_SUFFIXES = List.of(".pem", ".crt", ".cer", ".der");

    TrustAnchors {
        certificates = List.copyOf(certificates);
    }

    /**
     * @param folder Spring resource location of a folder, e.g. {@code classpath:trust/production} or
     *               {@code file:/etc/dxflow/trust}
     * @throws IllegalStateException when the folder holds no certificate: a verifier trusting nothing is a
     *                               misconfiguration, not a policy
     */
    static TrustAnchors load(String folder) {
        List<X509Certificate> found = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(folder + "/*")) {
                String name = String.valueOf(resource.getFilename()).toLowerCase(Locale.ROOT);
                if (CERTIFICATE_SUFFIXES.stream().anyMatch(name::endsWith)) {
                    try (InputStream in = resource.getInputStream()) {
                        factory.generateCertificates(in).forEach(c -> found.add((X509Certificate) c));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read trust anchors from " + folder, e);
        } catch (CertificateException e) {
            throw new IllegalStateException("invalid certificate in " + folder, e);
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("no trust anchor certificate in " + folder);
        }
        return new TrustAnchors(found);
    }

    boolean contains(X509Certificate certificate) {
        return certificates.contains(certificate);
    }
}
