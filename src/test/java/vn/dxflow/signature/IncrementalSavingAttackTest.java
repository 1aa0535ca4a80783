package vn.dxflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Incremental saving attacks (ISA, pdf-insecurity.org): content is changed by appending an incremental update after
 * the signature. The signed bytes still verify, so only the analysis of what changed after signing can catch it.
 */
class IncrementalSavingAttackTest {

    private final TestPki pki = TestPki.get();
    private final PdfSignatureVerifier verifier = TestVerifiers.standard();
    private final byte[] signed = TestSigner.with(pki.rsaSigner).sign(TestPdfs.record(false));

    private void assertDisallowedChange(byte[] attacked) {
        SignatureReport signature = verifier.verify(attacked).signatures().get(0);
        assertThat(signature.indication()).as(signature.errors().toString()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.FORMAT_FAILURE);
        assertThat(signature.findings()).containsExactly(Finding.DISALLOWED_CHANGE_AFTER_SIGNING);
        assertThat(signature.report()).contains("tấn công lưu gia tăng");
    }

    @Test
    void oneByteChangedInsideTheSignedRangeIsAHashFailure() {
        int[] range = Tampering.byteRange(signed);
        int at = Tampering.indexBefore(signed, range[1], "/MediaBox") + 1;
        byte[] tampered = signed.clone();
        tampered[at] = 'm';

        SignatureReport signature = verifier.verify(tampered).signatures().get(0);

        assertThat(signature.indication()).isEqualTo(Indication.TOTAL_FAILED);
        assertThat(signature.subIndication()).isEqualTo(SubIndication.HASH_FAILURE);
    }

    @Test
    void updateRewritingThePageContentIsDetected() throws IOException {
        byte[] attacked = Edits.rewritePageContent(signed);
        try (PDDocument document = Loader.loadPDF(attacked)) {
            assertThat(new PDFTextStripper().getText(document)).contains(Edits.FORGED_AMOUNT_LINE);
        }

        assertDisallowedChange(attacked);
    }

    @Test
    void updateAddingAnAnnotationIsDetected() {
        assertDisallowedChange(Edits.addStickyNote(signed));
    }

    @Test
    void updateReplacingAFontIsDetected() {
        assertDisallowedChange(Edits.replaceFont(signed));
    }

    @Test
    void handMadeUpdatePointingTheTrailerAtANewCatalogIsDetected() throws IOException {
        String pages;
        String signatureField;
        try (PDDocument document = Loader.loadPDF(signed)) {
            pages = reference(document.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES));
            signatureField = reference(document.getDocumentCatalog().getAcroForm().getCOSObject()
                    .getCOSArray(COSName.FIELDS).get(0));
        }
        long number = Long.parseLong(HandMadeRevision.last(signed, "/Size (\\d+)"));
        byte[] attacked = new HandMadeRevision(signed)
                .object(number, "<< /Type /Catalog /Pages " + pages + " /AcroForm << /Fields [" + signatureField + "] /SigFlags 3 >>"
                        + " /OpenAction << /S /URI /URI (http://example.invalid/) >> >>")
                .root(number + " 0 R")
                .build();

        assertDisallowedChange(attacked);
    }

    @Test
    void pageContentRewrittenUnderTheDisguiseOfADssEntryIsDetected() throws IOException {
        String pages;
        String signatureField;
        long catalog;
        long content;
        try (PDDocument document = Loader.loadPDF(signed)) {
            pages = reference(document.getDocumentCatalog().getCOSObject().getItem(COSName.PAGES));
            signatureField = reference(document.getDocumentCatalog().getAcroForm().getCOSObject()
                    .getCOSArray(COSName.FIELDS).get(0));
            catalog = Long.parseLong(HandMadeRevision.last(signed, "/Root (\\d+) \\d+ R"));
            content = ((COSObject) document.getPage(0).getCOSObject().getItem(COSName.CONTENTS)).getObjectNumber();
        }
        String forged = "BT /F1 14 Tf 72 650 Td (" + Edits.FORGED_AMOUNT_LINE + ") Tj ET";

        // The catalog gains a DSS (allowed) that lists the page content stream as a "certificate", then redefines it.
        byte[] attacked = new HandMadeRevision(signed)
                .object(catalog, "<< /Type /Catalog /Pages " + pages + " /AcroForm << /Fields [" + signatureField
                        + "] /SigFlags 3 >> /DSS << /Certs [" + content + " 0 R] >> >>")
                .object(content, "<< /Length " + forged.length() + " >>\nstream\n" + forged + "\nendstream")
                .build();

        assertDisallowedChange(attacked);
    }

    @Test
    void handMadeUpdateDeletingThePageContentIsDetected() throws IOException {
        long content;
        try (PDDocument document = Loader.loadPDF(signed)) {
            content = ((COSObject) document.getPage(0).getCOSObject().getItem(COSName.CONTENTS)).getObjectNumber();
        }

        // Readers that honour the free entry show an empty page; PDFBox keeps the signed object.
        assertDisallowedChange(new HandMadeRevision(signed).free(content).build());
    }

    private static String reference(org.apache.pdfbox.cos.COSBase item) {
        COSObject object = (COSObject) item;
        return object.getObjectNumber() + " " + object.getGenerationNumber() + " R";
    }
}
