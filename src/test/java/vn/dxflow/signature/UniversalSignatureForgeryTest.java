package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Universal signature forgery (USF, pdf-insecurity.org): the signature dictionary is left with a missing, empty or
 * malformed /Contents or /ByteRange, hoping the validator skips the check and shows a valid signature. Every variant
 * must be a FORMAT_FAILURE, not an exception and not a pass.
 */
class UniversalSignatureForgeryTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();
    private final byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
    private final int[] range = Tampering.byteRange(signed);

    private SignatureReport verify(byte[] forged) {
        DocumentReport report = verifier.verify(forged);
        assertThat(report.signatures()).as(report.report()).hasSize(1);
        return report.signatures().get(0);
    }

    private int byteRangeStart() {
        return Tampering.indexAfter(signed, range[2], "/ByteRange");
    }

    /** Up to the closing bracket and the spaces PDFBox pads the value with. */
    private int byteRangeEnd() {
        int end = Tampering.indexAfter(signed, byteRangeStart(), "]") + 1;
        while (signed[end] == ' ') {
            end++;
        }
        return end;
    }

    private void assertForgery(SignatureReport signature, Finding finding) {
        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(signature.findings()).containsExactly(finding);
    }

    @Test
    void untouchedFileIsValid() {
        assertThat(verifier.verify(signed).passed()).isTrue();
    }

    @Test
    void contentsKeyRemoved() {
        byte[] forged = Tampering.replaceLastBefore(signed, range[1] + 1, "/Contents", "/Cxntents");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void contentsEmptyHexString() {
        byte[] forged = Tampering.overwrite(signed, range[1], range[2], "<>");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void contentsNull() {
        byte[] forged = Tampering.overwrite(signed, range[1], range[2], "null");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void contentsAllZeros() {
        StringBuilder zeros = new StringBuilder("<");
        zeros.append("0".repeat(range[2] - range[1] - 2)).append('>');

        byte[] forged = Tampering.overwrite(signed, range[1], range[2], zeros.toString());

        assertForgery(verify(forged), Finding.CMS_UNREADABLE);
    }

    @Test
    void byteRangeKeyRemoved() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeStart() + 10, "/ByteRangX");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void byteRangeNull() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(), "/ByteRange null");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void byteRangeEmptyArray() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(), "/ByteRange []");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void byteRangeOfZeros() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(), "/ByteRange [0 0 0 0]");

        assertForgery(verify(forged), Finding.BYTE_RANGE_NOT_WHOLE_FILE);
    }

    @Test
    void byteRangeWithNegativeLength() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(),
                "/ByteRange [0 " + range[1] + " " + range[2] + " -1]");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void byteRangeWithThreeNumbers() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(),
                "/ByteRange [0 " + range[1] + " " + range[2] + "]");

        assertForgery(verify(forged), Finding.MALFORMED_SIGNATURE_DICTIONARY);
    }

    @Test
    void byteRangeStoppingBeforeTheEndOfTheRevision() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(),
                "/ByteRange [0 " + range[1] + " " + range[2] + " " + (range[3] - 100) + "]");

        assertForgery(verify(forged), Finding.BYTE_RANGE_NOT_WHOLE_FILE);
    }

    @Test
    void byteRangeNotStartingAtZero() {
        byte[] forged = Tampering.overwrite(signed, byteRangeStart(), byteRangeEnd(),
                "/ByteRange [10 " + (range[1] - 10) + " " + range[2] + " " + range[3] + "]");

        assertForgery(verify(forged), Finding.BYTE_RANGE_NOT_WHOLE_FILE);
    }
}
