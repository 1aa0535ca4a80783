package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Honest documents signed with every supported algorithm pass, and the report says who signed, when and why. */
class ValidSignaturesTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    @Test
    void rsaPkcs1Sha256SignaturePassesAndNamesTheSignerWithTheirCccd() {
        DocumentReport report = verifier.verify(TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false)));

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.signer().commonName()).isEqualTo("Nguyễn Văn An");
        assertThat(signature.signer().identifiers()).containsExactly("CCCD:001099012345");
        assertThat(signature.reason()).isEqualTo("Phê duyệt biên bản thẩm định");
        assertThat(signature.claimedSigningTime()).isNotNull();
        assertThat(signature.timestampPresent()).isFalse();
        assertThat(signature.report()).contains("Nguyễn Văn An", "CCCD:001099012345", "HỢP LỆ", "theo khai báo của người ký");
    }
}
