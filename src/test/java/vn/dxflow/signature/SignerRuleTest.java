package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A process step can demand a particular signer (e.g. the appraising unit's); anyone else is a clear refusal. */
class SignerRuleTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();
    private final UnitSigners unitSigners = new UnitSigners(Map.of("H001", "MST:0101234567"));

    @Test
    void configuredSignerOfTheAppraisingUnitIsAccepted() {
        byte[] pdf = TestSigner.with(pki.mstSigner).sign(TestPdfs.record(false));

        DocumentReport report = verifier.verify(pdf, unitSigners.ruleFor("H001", "Phòng VH-TT huyện Tân Lập"));

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void validSignatureOfSomeoneElseIsRefusedWithAVietnameseReason() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));

        DocumentReport report = verifier.verify(pdf, unitSigners.ruleFor("H001", "Phòng VH-TT huyện Tân Lập"));

        assertThat(report.signatures().get(0).passed()).isTrue();
        assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
        assertThat(report.subIndication()).isEqualTo(SubIndication.SIG_CONSTRAINTS_FAILURE);
        assertThat(report.findings()).containsExactly(Finding.SIGNER_NOT_EXPECTED);
        assertThat(report.report()).contains("KHÔNG được chấp nhận", "Người ký không phải là người ký được chỉ định",
                "người ký được cấu hình của Phòng VH-TT huyện Tân Lập", "MST:0101234567");
    }

    @Test
    void documentAlsoSignedByTheExpectedSignerIsAccepted() {
        byte[] byOfficer = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
        byte[] byBoth = TestSigner.with(pki.mstSigner).sign(byOfficer);

        DocumentReport report = verifier.verify(byBoth, unitSigners.ruleFor("H001", "Phòng VH-TT huyện Tân Lập"));

        assertThat(report.indication()).as(report.report()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void invalidSignatureOfTheExpectedSignerDoesNotSatisfyTheRule() {
        byte[] pdf = Edits.addStickyNote(TestSigner.with(pki.mstSigner).sign(TestPdfs.record(false)));

        DocumentReport report = verifier.verify(pdf, unitSigners.ruleFor("H001", "Phòng VH-TT huyện Tân Lập"));

        assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(report.findings()).containsExactly(Finding.SIGNER_NOT_EXPECTED);
    }

    @Test
    void ruleCanNameTheSignerByCommonName() {
        byte[] pdf = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));

        assertThat(verifier.verify(pdf, new SignerRule("Nguyễn Văn An", "Chủ tịch UBND xã")).passed()).isTrue();
    }

    @Test
    void unitWithoutConfiguredSignerCannotBeProcessed() {
        assertThatThrownBy(() -> unitSigners.ruleFor("X999", "Xã chưa cấu hình"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dxflow.signature.unit-signers.X999");
    }
}
