package vn.dxflow.signature;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds the path from the signing certificate to a trust anchor (RFC 5280 6.1, simplified to what PAdES signatures
 * need): each issuer is found by name and proven by its signature, and must be a CA allowed to sign certificates.
 *
 * @param chain   signer first, anchor last; empty when no path was found
 * @param problem why there is no acceptable path, or null
 */
record CertificatePath(List<X509Certificate> chain, Problem problem) {

    private static final int MAX_LENGTH = 10;
    private static final int KEY_CERT_SIGN = 5;

    static CertificatePath build(X509Certificate leaf, Collection<X509Certificate> candidates, TrustAnchors anchors) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (!anchors.contains(current)) {
            if (chain.size() > MAX_LENGTH) {
                return noPath("path longer than " + MAX_LENGTH);
            }
            X509Certificate issuer = issuerOf(current, anchors.certificates(), chain);
            if (issuer == null) {
                issuer = issuerOf(current, candidates, chain);
            }
            if (issuer == null) {
                return noPath("no trusted issuer for " + current.getSubjectX500Principal().getName());
            }
            // RFC 5280 4.2.1.9: pathLenConstraint counts the CA certificates below the issuer, the leaf excluded.
            int intermediatesBelow = chain.size() - 1;
            if (issuer.getBasicConstraints() < intermediatesBelow || !allowsCertificateSigning(issuer)) {
                return new CertificatePath(List.of(), new Problem(Finding.CA_CONSTRAINTS_VIOLATED,
                        issuer.getSubjectX500Principal().getName() + " is not a CA allowed to sign this path"));
            }
            chain.add(issuer);
            current = issuer;
        }
        return new CertificatePath(List.copyOf(chain), null);
    }

    X509Certificate signer() {
        return chain.get(0);
    }

    private static CertificatePath noPath(String detail) {
        return new CertificatePath(List.of(), new Problem(Finding.UNTRUSTED_CHAIN, detail));
    }

    private static X509Certificate issuerOf(X509Certificate certificate, Collection<X509Certificate> candidates,
            List<X509Certificate> alreadyInPath) {
        for (X509Certificate candidate : candidates) {
            if (!alreadyInPath.contains(candidate)
                    && candidate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())
                    && signedBy(certificate, candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean allowsCertificateSigning(X509Certificate issuer) {
        boolean[] keyUsage = issuer.getKeyUsage();
        return keyUsage == null || keyUsage[KEY_CERT_SIGN];
    }
}
