package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import vn.dxflow.signature.VerifyCommand;

/**
 * Demo signing, checked offline with Bouncy Castle: the CMS signature over the PDF's byte range verifies with the
 * signer's certificate, that certificate chains to the demo CA (and not to another CA), and carries the signer's
 * name. A demo-signed report is PAdES B-LT and verifies as TOTAL_PASSED with DXFlow's verifier (its command line,
 * trusting only the demo CA) without any server to ask. The demo PKI survives a restart.
 */
class DemoSigningTest {

    private static final String SIGNER = "Nguyễn Văn Đức";

    @TempDir
    Path pkiDir;
    @TempDir
    Path otherPkiDir;

    private static byte[] report() {
        return new ReportService(new ReportProperties(Path.of("target/no-template-overrides"), "Sở Khoa học và Công nghệ"))
                .render(SampleReports.selfAssessment());
    }

    private static byte[] sign(byte[] pdf, KeyStore.PrivateKeyEntry credential) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PadesSigner.sign(pdf, credential, SIGNER, "Ký số thử nghiệm", Calendar.getInstance(), null, out);
        return out.toByteArray();
    }

    /** DXFlow's verifier as a validator outside the application runs it, trusting the demo CA only: its JSON line. */
    private String verified(byte[] pdf, Path trust) throws Exception {
        Path file = Files.write(pkiDir.resolve("signed.pdf"), pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] {"--trust", trust.toString(), file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        return status + " " + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDemoSignedReportIsLongTermAndVerifiesOfflineAsTotalPassed() throws Exception {
        DemoPki pki = new DemoPki(new DemoSigningProperties(true, pkiDir));
        Path trust = Files.createDirectories(otherPkiDir.resolve("trust"));
        Files.copy(pkiDir.resolve("demo-ca.pem"), trust.resolve("demo-ca.pem"));
        byte[] unsigned = report();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        pki.sign(unsigned, "chairman02992", SIGNER, "Ký số thử nghiệm", Calendar.getInstance(), out);
        byte[] signed = out.toByteArray();

        assertThat(verified(signed, trust)).startsWith("0 ").contains("\"indication\":\"TOTAL_PASSED\"");
        try (PDDocument document = Loader.loadPDF(signed)) {
            // B-T: the signing time is proven by a timestamp; B-LT: the CRL and the chain travel in the DSS.
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    signature.getContents());
            assertThat(cms.getSignerInfos().getSigners().iterator().next().getUnsignedAttributes()
                    .get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken)).isNotNull();
            COSDictionary dss = (COSDictionary) document.getDocumentCatalog().getCOSObject().getDictionaryObject("DSS");
            assertThat(((COSArray) dss.getDictionaryObject("CRLs")).size()).isEqualTo(1);
            assertThat(((COSArray) dss.getDictionaryObject("Certs")).size()).isEqualTo(3);
        }
        assertThat(signed).startsWith(unsigned);
        assertThat(Pdfs.pdfaFailures(signed, PDFAFlavour.PDFA_2_B)).isEmpty();
        // Without the embedded revocation data the same certificate cannot be checked offline: not a pass.
        assertThat(verified(sign(unsigned, pki.credential("chairman02992", SIGNER)), trust))
                .startsWith("1 ").contains("INDETERMINATE");
    }

    /** The signer's certificate, after checking the CMS signature over exactly the signed byte ranges. */
    private static X509Certificate verifiedSigner(byte[] signed) throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getSubFilter()).isEqualTo(PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName());
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat(range[2] + range[3]).as("the byte range covers the whole file").isEqualTo(signed.length);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    signature.getContents());
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            assertThat(signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))).isTrue();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
            // PAdES baseline: the certificate bound by signing-certificate-v2, the time in /M and not in the CMS
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
            return new JcaX509CertificateConverter().getCertificate(holder);
        }
    }

    @Test
    void theSignatureVerifiesAndChainsToTheDemoCa() throws Exception {
        DemoPki pki = new DemoPki(new DemoSigningProperties(true, pkiDir));
        byte[] unsigned = report();

        byte[] signed = sign(unsigned, pki.credential("chairman02992", SIGNER));

        X509Certificate certificate = verifiedSigner(signed);
        certificate.verify(pki.caCertificate().getPublicKey());
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        assertThat(IETFUtils.valueToString(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue())).isEqualTo(SIGNER);
        assertThat(IETFUtils.valueToString(subject.getRDNs(BCStyle.UID)[0].getFirst().getValue())).isEqualTo("chairman02992");
        // an incremental update: the report as generated is the signed revision's first bytes
        assertThat(signed).startsWith(unsigned);
        assertThat(Pdfs.pdfaFailures(signed, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void anotherCaDoesNotVouchForTheDemoCertificates() throws Exception {
        DemoPki pki = new DemoPki(new DemoSigningProperties(true, pkiDir));
        DemoPki other = new DemoPki(new DemoSigningProperties(true, otherPkiDir));

        X509Certificate certificate = verifiedSigner(sign(report(), pki.credential("chairman02992", SIGNER)));

        assertThatThrownBy(() -> certificate.verify(other.caCertificate().getPublicKey()))
                .isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theCaAndTheUsersCertificatesSurviveARestart() {
        DemoPki first = new DemoPki(new DemoSigningProperties(true, pkiDir));
        X509Certificate issued = (X509Certificate) first.credential("chairman02992", SIGNER).getCertificate();

        DemoPki restarted = new DemoPki(new DemoSigningProperties(true, pkiDir));

        assertThat(restarted.caCertificate()).isEqualTo(first.caCertificate());
        assertThat(restarted.credential("chairman02992", SIGNER).getCertificate()).isEqualTo(issued);
        assertThat(pkiDir.resolve("demo-ca.pem")).exists();
    }
}
