package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Signature wrapping attack (SWA, Mladenov et al. 2019, pdf-insecurity.org). The signed second part of the file is
 * moved further down, a new /ByteRange pointing at it is written right after the (shortened) signature value, and the
 * space freed in between receives a forged page content; a new cross-reference table makes readers use it. The
 * bytes the new /ByteRange names are exactly the originally signed ones, so the digest and the signature verify.
 */
class SignatureWrappingAttackTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    @Test
    void relocatedSignedPartWithForgedContentInTheGapIsDetected() throws IOException {
        byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));
        byte[] wrapped = wrap(signed);
        try (PDDocument document = Loader.loadPDF(wrapped)) {
            assertThat(new PDFTextStripper().getText(document)).contains(Edits.FORGED_AMOUNT_LINE);
        }

        SignatureReport signature = verifier.verify(wrapped).signatures().get(0);

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(signature.findings()).containsExactly(Finding.CONTENTS_GAP_MISMATCH);
        assertThat(signature.report()).contains("tấn công bọc chữ ký");
    }

    private static byte[] wrap(byte[] signed) throws IOException {
        int[] range = Tampering.byteRange(signed);
        int gapStart = range[1];
        int gapEnd = range[2];
        int signedEnd = range[2] + range[3];
        Map<COSObjectKey, Long> offsets;
        long contentNumber;
        String font;
        byte[] signatureValue;
        try (PDDocument document = Loader.loadPDF(signed)) {
            offsets = document.getDocument().getXrefTable();
            contentNumber = ((COSObject) document.getPage(0).getCOSObject().getItem(COSName.CONTENTS)).getObjectNumber();
            font = Edits.fontName(document.getPage(0));
            signatureValue = document.getLastSignatureDictionary().getContents();
        }
        String hex = HexFormat.of().withUpperCase().formatHex(signatureValue).replaceAll("(00)+$", "");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(signed, 0, gapStart);
        out.writeBytes(ascii("<" + hex + ">"));
        long relocatedStart = -1;
        // The new /ByteRange names where part two lands, which depends on its own length: iterate to a fixed point.
        String forgedContent = "BT /" + font + " 14 Tf 72 650 Td (" + Edits.FORGED_AMOUNT_LINE + ") Tj ET";
        String head = "";
        long contentOffset = 0;
        for (long previous = -2; previous != relocatedStart; ) {
            previous = relocatedStart;
            String byteRange = "\n/ByteRange [0 " + gapStart + " " + relocatedStart + " " + range[3] + "]\n>>\nendobj\n";
            contentOffset = gapStart + 2 + hex.length() + byteRange.length();
            head = byteRange + contentNumber + " 0 obj\n<< /Length " + forgedContent.length() + " >>\nstream\n"
                    + forgedContent + "\nendstream\nendobj\n";
            relocatedStart = gapStart + 2 + hex.length() + head.length();
        }
        out.writeBytes(ascii(head));
        out.write(signed, gapEnd, signedEnd - gapEnd);
        long shift = relocatedStart - gapEnd;
        HandMadeRevision revision = new HandMadeRevision(out.toByteArray()).complete();
        for (Map.Entry<COSObjectKey, Long> entry : offsets.entrySet()) {
            long offset = entry.getValue();
            revision.redirect(entry.getKey().getNumber(), offset >= gapEnd ? offset + shift : offset);
        }
        revision.redirect(contentNumber, contentOffset);
        return revision.build();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
