package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Shadow attacks (Mainka, Mladenov, Rohlmann, Schwenk, NDSS 2021; pdf-insecurity.org): the attacker prepares the
 * document before it is signed so that changes which look permitted afterwards alter what the reader sees. Each
 * class (hide, replace, hide-and-replace) is built for real and must fail; the honest counterpart must pass.
 */
class ShadowAttackTest {

    private static final String SHADOW_MARKER = "\n%shadow\n";

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();

    private SignatureReport first(byte[] pdf) {
        return verifier.verify(pdf).signatures().get(0);
    }

    private static void assertShadow(SignatureReport signature, Finding finding) {
        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(signature.findings()).containsExactly(finding);
    }

    @Test
    void hideWithANewSignatureWidgetPaintedOverSignedTextIsDetected() {
        byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(true));

        byte[] attacked = TestPdfs.addSignatureFieldOver(signed, TestPdfs.AMOUNT_LINE);

        assertShadow(first(attacked), Finding.SHADOW_HIDE);
    }

    @Test
    void newSignatureFieldOnBlankSpaceIsAllowed() {
        byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));

        byte[] withField = TestPdfs.addSignatureFieldOver(signed, TestPdfs.BLANK_AREA);

        SignatureReport signature = first(withField);
        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_PASSED);
    }

    @Test
    void replaceByRefillingAFieldPlacedOverSignedTextIsDetected() throws IOException {
        // The shadow document carries an empty, transparent field exactly on the amount line; certification level 2
        // lets anyone fill forms afterwards.
        byte[] certified = TestSigner.with(pki.rsaSigner).certifying(2).sign(TestPdfs.record(true));

        byte[] attacked = Edits.fill(certified, "soTien", Edits.FORGED_AMOUNT_LINE);
        try (PDDocument document = Loader.loadPDF(attacked)) {
            assertThat(document.getDocumentCatalog().getAcroForm().getField("soTien").getValueAsString())
                    .isEqualTo(Edits.FORGED_AMOUNT_LINE);
        }

        assertShadow(first(attacked), Finding.SHADOW_REPLACE);
    }

    @Test
    void hideAndReplaceByRedirectingTheCrossReferenceToAShadowBodyIsDetected() throws IOException {
        byte[] shadowDocument = withShadowContent(TestPdfs.record(false));
        byte[] signed = TestSigner.with(pki.rsaSigner).sign(shadowDocument);
        int shadowOffset = new String(signed, StandardCharsets.ISO_8859_1).lastIndexOf(SHADOW_MARKER) + SHADOW_MARKER.length();
        long contentNumber;
        try (PDDocument document = Loader.loadPDF(signed)) {
            contentNumber = ((COSObject) document.getPage(0).getCOSObject().getItem(COSName.CONTENTS)).getObjectNumber();
            assertThat(new PDFTextStripper().getText(document)).doesNotContain(Edits.FORGED_AMOUNT_LINE);
        }

        // The update holds no object at all: only a cross-reference entry pointing into the signed bytes.
        byte[] attacked = new HandMadeRevision(signed).redirect(contentNumber, shadowOffset).build();
        try (PDDocument document = Loader.loadPDF(attacked)) {
            assertThat(new PDFTextStripper().getText(document)).contains(Edits.FORGED_AMOUNT_LINE);
        }

        assertShadow(first(attacked), Finding.SHADOW_HIDE_AND_REPLACE);
    }

    /**
     * Appends, unreferenced, a second body of the page's content stream object with the forged amount: it is part of
     * what the victim signs but no reader shows it.
     */
    private static byte[] withShadowContent(byte[] pdf) throws IOException {
        long contentNumber;
        String font;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            contentNumber = ((COSObject) document.getPage(0).getCOSObject().getItem(COSName.CONTENTS)).getObjectNumber();
            font = Edits.fontName(document.getPage(0));
        }
        String content = "BT /" + font + " 14 Tf 72 650 Td (" + Edits.FORGED_AMOUNT_LINE + ") Tj ET";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(pdf);
        // the body sits after the marker line so that its offset is easy to find again after signing
        out.writeBytes(SHADOW_MARKER.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes((contentNumber + " 0 obj\n<< /Length " + content.length() + " >>\nstream\n" + content
                + "\nendstream\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
