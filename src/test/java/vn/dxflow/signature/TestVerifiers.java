package vn.dxflow.signature;

import java.time.Clock;
import java.time.Duration;

/** Verifiers wired as the application wires them, trusting only the test root. */
final class TestVerifiers {

    private TestVerifiers() {
    }

    static PdfSignatureVerifier standard() {
        return create(false);
    }

    static PdfSignatureVerifier requiringTimestamp() {
        return create(true);
    }

    static PdfSignatureVerifier create(boolean requireTimestamp) {
        return PadesVerifier.create(TestPki.get().anchors(), new RevocationFetcher(Duration.ofMillis(500),
                Duration.ofSeconds(2), Duration.ofMinutes(10), Clock.systemUTC()),
                new VerificationPolicy(requireTimestamp, Duration.ofDays(1)), Clock.systemUTC());
    }
}
