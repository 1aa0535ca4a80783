package vn.dxflow.signature;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the verifier from {@code dxflow.signature.*}; an unreadable or empty trust folder stops the application. */
@Configuration
class SignatureConfiguration {

    @Bean
    PdfSignatureVerifier pdfSignatureVerifier(SignatureProperties properties,
            ObjectProvider<AdditionalTrustAnchors> additional) {
        SignatureProperties.Revocation revocation = properties.revocation();
        List<X509Certificate> anchors = new ArrayList<>(TrustAnchors.load(properties.trustAnchors()).certificates());
        additional.orderedStream().forEach(source -> anchors.addAll(source.certificates()));
        return PadesVerifier.create(new TrustAnchors(anchors),
                new RevocationFetcher(revocation.connectTimeout(), revocation.readTimeout(), revocation.cacheTime(),
                        Clock.systemUTC()),
                new VerificationPolicy(properties.requireTimestamp(), revocation.freshness()), Clock.systemUTC());
    }

    @Bean
    UnitSigners unitSigners(SignatureProperties properties) {
        return new UnitSigners(properties.unitSigners());
    }
}
