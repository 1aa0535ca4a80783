package vn.dxflow.signature;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the verifier from {@code dxflow.signature.*}; an unreadable or empty trust folder stops the application. */
@Configuration
class SignatureConfiguration {

    @Bean
    PdfSignatureVerifier pdfSignatureVerifier(SignatureProperties properties) {
        SignatureProperties.Revocation revocation = properties.revocation();
        return PadesVerifier.create(TrustAnchors.load(properties.trustAnchors()),
                new RevocationFetcher(revocation.connectTimeout(), revocation.readTimeout(), revocation.cacheTime(),
                        Clock.systemUTC()),
                new VerificationPolicy(properties.requireTimestamp(), revocation.freshness()), Clock.systemUTC());
    }

    @Bean
    UnitSigners unitSigners(SignatureProperties properties) {
        return new UnitSigners(properties.unitSigners());
    }
}
