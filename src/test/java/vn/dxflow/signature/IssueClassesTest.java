package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class of issue 18, one file each ({@link SignatureCase}): attacks that used to pass fail with the finding that
 * names them, honest documents that used to be refused pass, and what must only be reported is a warning.
 */
class IssueClassesTest {

    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    static List<SignatureCase> cases() {
        return SignatureCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictAndFindingAsTheIssueDecides(SignatureCase signatureCase) {
        DocumentReport report = verifier.verify(signatureCase.pdf().get());

        assertThat(report.signatures()).as(report.report()).isNotEmpty();
        SignatureReport first = report.signatures().get(0);
        assertThat(first.indication()).as(first.errors().toString()).isEqualTo(signatureCase.expected());
        Finding finding = signatureCase.finding();
        if (finding == null) {
            assertThat(first.findings()).isEmpty();
            assertThat(first.warnings()).isEmpty();
            assertThat(report.signatures()).allSatisfy(s -> assertThat(s.passed()).as(s.errors().toString()).isTrue());
        } else if (finding.warning()) {
            assertThat(first.findings()).isEmpty();
            assertThat(first.warnings()).containsExactly(finding);
        } else {
            assertThat(first.findings()).first().isEqualTo(finding);
            assertThat(first.subIndication()).isEqualTo(finding.subIndication());
        }
    }
}
