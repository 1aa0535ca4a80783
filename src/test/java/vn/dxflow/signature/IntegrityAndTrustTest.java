package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.dxflow.signature.Trust.Check;

/**
 * Integrity (is the document still what was signed) and trust (chain, time, revocation) are reported apart, so that
 * "unmodified, but the certificate is not trusted here" reads as such in the values and in the Vietnamese report.
 */
class IntegrityAndTrustTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    private SignatureReport first(byte[] pdf) {
        return verifier.verify(pdf).signatures().get(0);
    }

    @Test
    void validSignatureIsUnmodifiedAndTrustedInEveryPart() {
        SignatureReport signature = first(TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));

        assertThat(signature.integrity()).isEqualTo(Integrity.UNMODIFIED);
        assertThat(signature.trust()).isEqualTo(new Trust(Check.PASSED, Check.PASSED, Check.PASSED, Check.PASSED));
        assertThat(signature.report()).contains("Toàn vẹn: tài liệu không bị sửa đổi kể từ khi ký.",
                "Tin cậy: chứng thư số được tin cậy");
    }

    @Test
    void unmodifiedButUntrustedReadsAsSuch() {
        SignatureReport signature = first(TestSigner.with(pki.underUntrustedRoot).sign(TestPdfs.record(false)));

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.findings()).containsExactly(Finding.UNTRUSTED_CHAIN);
        assertThat(signature.integrity()).isEqualTo(Integrity.UNMODIFIED);
        assertThat(signature.trust().status()).isEqualTo(Check.INDETERMINATE);
        assertThat(signature.trust().chain()).isEqualTo(Check.INDETERMINATE);
        assertThat(signature.trust().time()).isEqualTo(Check.NOT_CHECKED);
        assertThat(signature.report()).contains("Toàn vẹn: tài liệu không bị sửa đổi kể từ khi ký.",
                "Tin cậy: chuỗi chứng thư: chưa xác định", "Chứng thư số không thuộc tổ chức");
    }

    @Test
    void revokedSignerLeavesTheDocumentUnmodifiedAndTrustFailed() {
        SignatureReport signature = first(TestSigner.with(pki.revokedByOcsp).sign(TestPdfs.record(false)));

        assertThat(signature.integrity()).isEqualTo(Integrity.UNMODIFIED);
        assertThat(signature.trust().revocation()).isEqualTo(Check.FAILED);
        assertThat(signature.trust().status()).isEqualTo(Check.FAILED);
        assertThat(signature.trust().chain()).isEqualTo(Check.PASSED);
    }

    @Test
    void changedSignedBytesAreBrokenAndTrustIsNotChecked() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
        int[] range = Tampering.byteRange(pdf);
        pdf[Tampering.indexBefore(pdf, range[1], "/MediaBox") + 1] = 'm';

        SignatureReport signature = first(pdf);

        assertThat(signature.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
        assertThat(signature.integrity()).isEqualTo(Integrity.BROKEN);
        assertThat(signature.trust().status()).isEqualTo(Check.NOT_CHECKED);
        assertThat(signature.report()).contains("Toàn vẹn: tài liệu KHÔNG còn nguyên vẹn như khi ký.");
    }

    @Test
    void formFilledAfterSigningIsModifiedWithinWhatIsAllowed() {
        SignatureReport signature = first(Edits.fill(TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(true)),
                "ghiChu", "Da tham dinh"));

        assertThat(signature.passed()).isTrue();
        assertThat(signature.integrity()).isEqualTo(Integrity.MODIFIED);
        assertThat(signature.report()).contains("thay đổi được phép");
    }

    @Test
    void ltvUpdateLeavesTheDocumentUnmodified() {
        SignatureReport signature = first(TestSigner.addDss(TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)),
                pki.rsaSigner));

        assertThat(signature.integrity()).isEqualTo(Integrity.UNMODIFIED);
    }

    @Test
    void unsupportedSubFilterIsIndeterminateAndItsIntegrityUnknown() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
        int at = Tampering.indexBefore(pdf, pdf.length, "/ETSI.CAdES.detached");
        byte[] renamed = Tampering.overwrite(pdf, at, at + "/ETSI.CAdES.detached".length(), "/adbe.x509.rsa_sha1");

        SignatureReport signature = verifier.verify(renamed).signatures().get(0);

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(signature.findings()).containsExactly(Finding.UNSUPPORTED_SIGNATURE_FORMAT);
        assertThat(signature.integrity()).isEqualTo(Integrity.UNKNOWN);
    }
}
