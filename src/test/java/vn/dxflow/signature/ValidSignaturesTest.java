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
        assertThat(signature.subIndication()).isNull();
        assertThat(signature.signer().commonName()).isEqualTo("Nguyễn Văn An");
        assertThat(signature.signer().identifiers()).containsExactly("CCCD:001099012345");
        assertThat(signature.reason()).isEqualTo("Phê duyệt biên bản thẩm định");
        assertThat(signature.claimedSigningTime()).isNotNull();
        assertThat(signature.timestampPresent()).isFalse();
        assertThat(signature.report()).contains("Nguyễn Văn An", "CCCD:001099012345", "HỢP LỆ", "theo khai báo của người ký");
    }

    @Test
    void rsaPssSha384SignaturePasses() {
        DocumentReport report = verifier.verify(TestSigner.with(pki.pssSigner).algorithm("SHA384withRSAandMGF1")
                .sign(TestPdfs.record(false)));

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void ecdsaP256Sha512SignatureNamesTheCmndHolder() {
        DocumentReport report = verifier.verify(TestSigner.with(pki.ecSigner).algorithm("SHA512withECDSA")
                .sign(TestPdfs.record(false)));

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).signer().identifiers()).containsExactly("CMND:012345678");
    }

    @Test
    void unitCertificateCarriesItsTaxCodeInTheUidAttribute() {
        DocumentReport report = verifier.verify(TestSigner.with(pki.mstSigner).sign(TestPdfs.record(false)));

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(report.signatures().get(0).signer().identifiers()).containsExactly("MST:0101234567");
        assertThat(report.signatures().get(0).signer().organization()).isEqualTo("Phòng Văn hóa và Thông tin huyện Tân Lập");
    }

    @Test
    void twoSuccessiveSignaturesBothPass() {
        byte[] once = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
        byte[] twice = TestSigner.with(pki.mstSigner).sign(once);

        DocumentReport report = verifier.verify(twice);

        assertThat(report.signatures()).hasSize(2);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.indication()).as(s.report()).isEqualTo(Indication.TOTAL_PASSED));
        assertThat(report.report()).startsWith("Tài liệu có 2 chữ ký, tất cả đều hợp lệ.");
    }

    @Test
    void sha1DigestIsFlaggedWeakAndNeverPasses() {
        DocumentReport report = verifier.verify(TestSigner.with(pki.rsaSigner).algorithm("SHA1withRSA")
                .sign(TestPdfs.record(false)));

        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE);
        assertThat(signature.report()).contains("SHA-1");
    }

    @Test
    void signatureTimestampFromTheTsaIsVerifiedAndProvesTheSigningTime() {
        DocumentReport report = verifier.verify(TestSigner.with(pki.rsaSigner).timestamped().sign(TestPdfs.record(false)));

        SignatureReport signature = report.signatures().get(0);
        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
        assertThat(signature.timestampPresent()).isTrue();
        assertThat(signature.report()).contains("theo dấu thời gian");
    }

    @Test
    void timestampOverOtherDataIsRejected() {
        // a token genuinely issued by the TSA, but for other data: its imprint does not match this signature value
        byte[] pdf = TestSigner.with(pki.rsaSigner).timestampingOtherData().sign(TestPdfs.record(false));

        SignatureReport signature = verifier.verify(pdf).signatures().get(0);

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.findings()).containsExactly(Finding.TIMESTAMP_INVALID);
        assertThat(signature.timestampPresent()).isFalse();
    }

    @Test
    void requireTimestampPolicyRefusesSignaturesWithoutOne() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));

        SignatureReport signature = TestVerifiers.requiringTimestamp().verify(pdf).signatures().get(0);

        assertThat(signature.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(signature.findings()).containsExactly(Finding.TIMESTAMP_REQUIRED);
    }

    @Test
    void requireTimestampPolicyAcceptsTimestampedSignatures() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).timestamped().sign(TestPdfs.record(false));

        assertThat(TestVerifiers.requiringTimestamp().verify(pdf).indication()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void unsignedDocumentIsIndeterminateWithAVietnameseExplanation() {
        DocumentReport report = verifier.verify(TestPdfs.record(false));

        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).isEqualTo(SubIndication.SIGNED_DATA_NOT_FOUND);
        assertThat(report.report()).isEqualTo("Tài liệu không có chữ ký số.");
    }

    @Test
    void garbageIsAFormatFailureNotAnException() {
        DocumentReport report = verifier.verify("không phải PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
    }
}
