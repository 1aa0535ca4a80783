package vn.dxflow.signature;

import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * One signed file per class of issue 18 (attacks that passed, honest documents that were refused), made with the
 * test PKI, with the verdict DXFlow must give on its first signature and the finding that decides it (or the warning
 * it carries). The tests assert them; bench/signature/DssComparison prints EU DSS's verdict beside DXFlow's.
 *
 * @param name     the class, as the issue names it
 * @param pdf      makes the file
 * @param expected DXFlow's indication on the first signature
 * @param finding  the deciding finding, or the warning of a passing signature; null when it passes clean
 */
record SignatureCase(String name, Supplier<byte[]> pdf, Indication expected, Finding finding) {

    static final int SIGN_OFF_SIGNERS = 25;

    @Override
    public String toString() {
        return name;
    }

    static List<SignatureCase> all() {
        TestPki pki = TestPki.get();
        return List.of(
                new SignatureCase("attack: xref entry names another object (table)",
                        () -> CrossReferenceAttacks.entryNamingAnotherObject(signed(), false),
                        Indication.TOTAL_FAILED, Finding.BROKEN_CROSS_REFERENCE),
                new SignatureCase("attack: xref entry names another object (stream)",
                        () -> CrossReferenceAttacks.entryNamingAnotherObject(signed(), true),
                        Indication.TOTAL_FAILED, Finding.BROKEN_CROSS_REFERENCE),
                new SignatureCase("attack: form appearance listed inside another object",
                        () -> CrossReferenceAttacks.entryInsideAnotherObject(certifiedForm()),
                        Indication.TOTAL_FAILED, Finding.BROKEN_CROSS_REFERENCE),
                new SignatureCase("attack: form appearance listed past the end of the file",
                        () -> CrossReferenceAttacks.entryPastTheEndOfTheFile(certifiedForm()),
                        Indication.TOTAL_FAILED, Finding.BROKEN_CROSS_REFERENCE),
                new SignatureCase("attack: object stream entry at another object's index",
                        () -> CrossReferenceAttacks.objectStreamIndexOfAnotherObject(
                                TestSigner.with(pki.rsaSigner).sign(CrossReferenceAttacks.compressed(TestPdfs.record(false)))),
                        Indication.TOTAL_FAILED, Finding.BROKEN_CROSS_REFERENCE),
                new SignatureCase("attack: update whose stream /Length needs repair",
                        () -> CrossReferenceAttacks.lengthNeedingRepair(signed()),
                        Indication.TOTAL_FAILED, Finding.BROKEN_CROSS_REFERENCE),
                new SignatureCase("attack: detached signature whose CMS embeds (empty) content",
                        () -> TestSigner.with(pki.rsaSigner).embedding(new byte[0]).sign(TestPdfs.record(false)),
                        Indication.TOTAL_FAILED, Finding.CMS_CONTENT_EMBEDDED),
                new SignatureCase("attack: later signature box painted white over signed text",
                        () -> signOffSheet(true), Indication.TOTAL_FAILED, Finding.SHADOW_HIDE),
                new SignatureCase("reported: annotation added after signing overlapping a signed one",
                        HonestCases::overlappingSignatureBoxes, Indication.TOTAL_PASSED, Finding.ANNOTATION_OVERLAP),
                new SignatureCase("honest: XMP metadata rewritten after signing",
                        () -> HonestUpdates.rewriteXmp(TestSigner.with(pki.rsaSigner).sign(HonestUpdates.withXmp(TestPdfs.record(false)))),
                        Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: value rewritten with an equal number",
                        () -> HonestUpdates.rewriteMediaBoxWithEqualNumbers(signed()), Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: tagged-PDF structure updated",
                        () -> HonestUpdates.retag(TestSigner.with(pki.rsaSigner).sign(HonestUpdates.tagged(TestPdfs.record(false)))),
                        Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: certified form filled (/DA, /DR fonts, list box /I)",
                        () -> HonestUpdates.fillForm(certifiedForm()), Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: LTV update with DSS, VRI and a new catalog",
                        () -> HonestUpdates.ltvWithNewCatalog(signed(), pki.rsaSigner), Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: object streams and cross-reference streams, LTV update",
                        () -> TestSigner.addDss(TestSigner.with(pki.rsaSigner).sign(
                                CrossReferenceAttacks.compressed(TestPdfs.record(false))), pki.rsaSigner),
                        Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: " + SIGN_OFF_SIGNERS + " signatures with visible boxes on a sign-off sheet",
                        () -> signOffSheet(false), Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: two SignerInfos in one signature",
                        () -> TestSigner.with(pki.rsaSigner).coSignedBy(pki.mstSigner).sign(TestPdfs.record(false)),
                        Indication.TOTAL_PASSED, null),
                new SignatureCase("honest: legacy adbe.pkcs7.sha1 (SHA-1: weak, never a crypto failure)",
                        () -> TestSigner.with(pki.rsaSigner).adbePkcs7Sha1().sign(TestPdfs.record(false)),
                        Indication.INDETERMINATE, Finding.WEAK_DIGEST),
                new SignatureCase("honest: non-zero bytes after the CMS inside /Contents",
                        () -> HonestCases.nonZeroPadding(signed()), Indication.TOTAL_PASSED, Finding.CONTENTS_PADDING_NOT_ZERO));
    }

    private static byte[] signed() {
        return TestSigner.with(TestPki.get().rsaSigner).sign(TestPdfs.record(false));
    }

    private static byte[] certifiedForm() {
        return TestSigner.with(TestPki.get().rsaSigner).certifying(2).sign(TestPdfs.record(true));
    }

    /** Each signer signs on their line of the sheet; the last one's box is painted white when {@code opaqueLast}. */
    static byte[] signOffSheet(boolean opaqueLast) {
        TestPki pki = TestPki.get();
        List<TestPki.Credential> signers = List.of(pki.rsaSigner, pki.mstSigner, pki.pssSigner, pki.crlOnly);
        byte[] pdf = TestPdfs.signOffSheet(SIGN_OFF_SIGNERS);
        for (int i = 0; i < SIGN_OFF_SIGNERS; i++) {
            TestSigner signer = TestSigner.with(signers.get(i % signers.size())).visibleAt(TestPdfs.signOffSlot(i));
            pdf = (opaqueLast && i == SIGN_OFF_SIGNERS - 1 ? signer.opaque() : signer).sign(pdf);
        }
        return pdf;
    }

    /** Helpers for the cases that edit bytes. */
    static final class HonestCases {

        private HonestCases() {
        }

        /** The zero padding after the CMS in /Contents partly overwritten: not signed, changes nothing shown. */
        static byte[] nonZeroPadding(byte[] signed) {
            int[] range = Tampering.byteRange(signed);
            return Tampering.overwrite(signed, range[2] - 17, range[2] - 1, "DEADBEEFDEADBEEF");
        }

        /** A second signer's box placed half over the first signer's box. */
        static byte[] overlappingSignatureBoxes() {
            TestPki pki = TestPki.get();
            byte[] first = TestSigner.with(pki.rsaSigner).visibleAt(new PDRectangle(300, 200, 200, 50))
                    .sign(TestPdfs.record(false));
            return TestSigner.with(pki.mstSigner).visibleAt(new PDRectangle(400, 220, 150, 50)).sign(first);
        }
    }
}
