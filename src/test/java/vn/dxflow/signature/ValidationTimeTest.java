package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;

/**
 * A validation time, like EU DSS's: certificates without a timestamp proving an earlier signing time are judged as of
 * that time, for documents whose certificates have expired (or been revoked) since they were signed.
 */
class ValidationTimeTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();
    /** Signed two years ago, while the certificate (valid from three years to one year ago) was valid. */
    private final byte[] signedWhileValid = TestSigner.with(pki.expired).signedAt(Date.from(pki.ago(2 * 365)))
            .sign(TestPdfs.record(false));

    @Test
    void expiredCertificateWithoutTimestampIsOutOfBoundsNow() {
        DocumentReport report = verifier.verify(signedWhileValid);

        assertThat(report.signatures().get(0).findings()).containsExactly(Finding.CERTIFICATE_EXPIRED_NO_POE);
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    }

    @Test
    void atATimeTheCertificateWasValidTheSignaturePasses() {
        Instant at = pki.ago(2 * 365).plus(Duration.ofHours(1));

        DocumentReport report = verifier.verify(signedWhileValid, SignerRule.ANYONE, at);

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.validationTime()).isEqualTo(at);
    }

    @Test
    void beforeTheCertificateWasIssuedItIsNotYetValid() {
        SignatureReport signature = verifier.verify(signedWhileValid, SignerRule.ANYONE, pki.ago(4 * 365))
                .signatures().get(0);

        assertThat(signature.findings()).containsExactly(Finding.CERTIFICATE_NOT_YET_VALID);
        assertThat(signature.trust().time()).isEqualTo(Trust.Check.FAILED);
        assertThat(signature.integrity()).isEqualTo(Integrity.UNMODIFIED);
    }

    @Test
    void revokedSinceTheValidationTimeIsNotRevokedThen() {
        // the responder reports the certificate revoked two hours ago
        byte[] pdf = TestSigner.with(pki.revokedByOcsp).signedAt(Date.from(pki.now.minus(Duration.ofHours(3))))
                .sign(TestPdfs.record(false));

        assertThat(verifier.verify(pdf).signatures().get(0).findings()).containsExactly(Finding.CERTIFICATE_REVOKED_NO_POE);
        assertThat(verifier.verify(pdf, SignerRule.ANYONE, pki.now.minus(Duration.ofMinutes(150))).indication())
                .isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void timesAreReadWithTheirOffsetOrInVietnameseTime() {
        assertThat(ValidationTime.parse("2024-11-20T10:00:00+07:00"))
                .isEqualTo(OffsetDateTime.of(2024, 11, 20, 3, 0, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(ValidationTime.parse("2024-11-20T10:00:00")).isEqualTo(ValidationTime.parse("2024-11-20T10:00:00+07:00"));
        assertThat(ValidationTime.parse("2024-11-20T03:00:00Z")).isEqualTo(ValidationTime.parse("2024-11-20T10:00:00+07:00"));
    }

    @Test
    void anUnreadableTimeIsRefusedInVietnamese() {
        assertThatThrownBy(() -> ValidationTime.parse("20/11/2024"))
                .isInstanceOf(ValidationTime.Invalid.class)
                .hasMessageContaining("Thời điểm kiểm tra «20/11/2024» không hợp lệ")
                .hasMessageContaining("2024-11-20T10:00:00+07:00");
    }
}
