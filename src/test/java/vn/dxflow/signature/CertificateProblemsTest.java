package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import org.junit.jupiter.api.Test;

/** Each certificate defect of the test PKI gives its own ETSI EN 319 102-1 indication, never a pass. */
class CertificateProblemsTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    private SignatureReport verify(TestSigner signer) {
        return verifier.verify(signer.sign(TestPdfs.record(false))).signatures().get(0);
    }

    @Test
    void expiredCertificateWithoutTimestampIsOutOfBoundsNoPoe() {
        SignatureReport signature = verify(TestSigner.with(pki.expired));

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.OUT_OF_BOUNDS_NO_POE);
        assertThat(signature.report()).contains("hết hạn");
    }

    @Test
    void expiredCertificateWithTimestampFromItsValidityPeriodPasses() {
        Date whileValid = Date.from(pki.ago(2 * 365));

        SignatureReport signature = verify(TestSigner.with(pki.expired).timestampedAt(whileValid));

        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(signature.timestampTime()).isEqualTo(whileValid.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    @Test
    void timestampAfterExpiryProvesTheSignatureCameTooLate() {
        SignatureReport signature = verify(TestSigner.with(pki.expired).timestamped());

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.EXPIRED);
    }

    @Test
    void notYetValidCertificateFails() {
        SignatureReport signature = verify(TestSigner.with(pki.notYetValid));

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.NOT_YET_VALID);
    }

    @Test
    void certificateRevokedByCrlBeforeSigningFails() {
        SignatureReport signature = verify(TestSigner.with(pki.revokedByCrl));

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.REVOKED);
        assertThat(signature.report()).contains("thu hồi");
    }

    @Test
    void certificateRevokedByOcspResponderOnLoopbackFails() {
        SignatureReport signature = verify(TestSigner.with(pki.revokedByOcsp));

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.REVOKED);
    }

    @Test
    void revokedCertificateWithTimestampBeforeRevocationPasses() {
        Date beforeRevocation = Date.from(pki.now.minus(Duration.ofDays(1)));

        SignatureReport signature = verify(TestSigner.with(pki.revokedByOcsp).timestampedAt(beforeRevocation));

        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void certificateWithoutSigningKeyUsageIsRefused() {
        SignatureReport signature = verify(TestSigner.with(pki.keyEnciphermentOnly));

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.CHAIN_CONSTRAINTS_FAILURE);
        assertThat(signature.findings()).contains(Finding.KEY_USAGE_NOT_FOR_SIGNING);
    }

    @Test
    void selfSignedCertificateHasNoChain() {
        SignatureReport signature = verify(TestSigner.with(pki.selfSigned));

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
    }

    @Test
    void certificateUnderAnUntrustedRootHasNoChain() {
        SignatureReport signature = verify(TestSigner.with(pki.underUntrustedRoot));

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
        assertThat(signature.report()).contains("không thuộc tổ chức cung cấp dịch vụ chứng thực");
    }

    @Test
    void intermediateBeyondTheRootsPathLengthIsRefused() {
        // RFC 5280 4.2.1.9: a root with pathLenConstraint 0 may only issue end-entity certificates
        PdfSignatureVerifier trustingThatRoot = PadesVerifier.create(
                new TrustAnchors(java.util.List.of(pki.pathLengthZeroRoot.certificate())),
                new RevocationFetcher(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ofMinutes(1),
                        java.time.Clock.systemUTC()),
                new VerificationPolicy(false, Duration.ofDays(1)), java.time.Clock.systemUTC());

        SignatureReport signature = trustingThatRoot.verify(TestSigner.with(pki.beyondPathLength)
                .sign(TestPdfs.record(false))).signatures().get(0);

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.CHAIN_CONSTRAINTS_FAILURE);
        assertThat(signature.findings()).containsExactly(Finding.CA_CONSTRAINTS_VIOLATED);
    }

    @Test
    void unreachableRevocationServersGiveTryLaterNeverAPass() {
        SignatureReport signature = verify(TestSigner.with(pki.unreachableRevocation));

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.TRY_LATER);
        assertThat(signature.report()).contains("thử lại sau");
    }
}
