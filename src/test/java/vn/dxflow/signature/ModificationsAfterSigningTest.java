package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Incremental updates PAdES allows after a signature (DSS, document timestamps, further signatures, form filling
 * where the certification level permits it) keep the signature valid; the same updates beyond the certification
 * level (ISO 32000-1 12.8.2.2 DocMDP P=1/2/3) do not.
 */
class ModificationsAfterSigningTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    private SignatureReport first(byte[] pdf) {
        return verifier.verify(pdf).signatures().get(0);
    }

    @Test
    void documentTimestampAfterTheSignatureIsAllowedAndVerified() {
        byte[] pdf = TestSigner.documentTimestamp(TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));

        DocumentReport report = verifier.verify(pdf);

        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.indication()).as(s.errors().toString()).isEqualTo(Indication.TOTAL_PASSED));
        SignatureReport timestamp = report.signatures().get(1);
        assertThat(timestamp.documentTimestamp()).isTrue();
        assertThat(timestamp.signer().commonName()).isEqualTo("DXFlow Test TSA");
        assertThat(timestamp.report()).startsWith("Dấu thời gian tài liệu");
    }

    @Test
    void documentTimestampOverATamperedFileIsAHashMismatch() {
        byte[] pdf = TestSigner.documentTimestamp(TestPdfs.record(false));
        int[] range = Tampering.byteRange(pdf);
        int at = Tampering.indexBefore(pdf, range[1], "/MediaBox") + 1;
        pdf[at] = 'm';

        SignatureReport timestamp = verifier.verify(pdf).signatures().get(0);

        assertThat(timestamp.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
        assertThat(timestamp.findings()).contains(Finding.TIMESTAMP_INVALID);
    }

    @Test
    void formFilledAfterApprovalSignatureIsAllowed() {
        byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(true));

        SignatureReport signature = first(Edits.fill(signed, "ghiChu", "Da tham dinh"));

        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void certifiedP2ThenFormFilledIsAllowed() {
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(2).sign(TestPdfs.record(true));

        SignatureReport signature = first(Edits.fill(certified, "ghiChu", "Da tham dinh"));

        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void certifiedP1ThenFormFilledIsRefused() {
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(1).sign(TestPdfs.record(true));

        SignatureReport signature = first(Edits.fill(certified, "ghiChu", "Da tham dinh"));

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.findings()).containsExactly(Finding.DISALLOWED_CHANGE_AFTER_SIGNING);
    }

    @Test
    void certifiedP1ThenSecondSignatureIsRefused() {
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(1).sign(TestPdfs.record(false));

        DocumentReport report = verifier.verify(TestSigner.with(pki.mstSigner).sign(certified));

        assertThat(report.signatures().get(0).findings()).containsExactly(Finding.DISALLOWED_CHANGE_AFTER_SIGNING);
        assertThat(report.signatures().get(1).passed()).isTrue();
        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    }

    @Test
    void certifiedP1ThenLtvDssIsAllowed() {
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(1).sign(TestPdfs.record(false));

        SignatureReport signature = first(TestSigner.addDss(certified, pki.rsaSigner));

        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void certifiedP2ThenAnnotationIsRefused() {
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(2).sign(TestPdfs.record(false));

        SignatureReport signature = first(Edits.addStickyNote(certified));

        assertThat(signature.findings()).containsExactly(Finding.DISALLOWED_CHANGE_AFTER_SIGNING);
    }

    @Test
    void certifiedP3ThenAnnotationIsAllowed() {
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(3).sign(TestPdfs.record(false));

        SignatureReport signature = first(Edits.addStickyNote(certified));

        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
    }
}
