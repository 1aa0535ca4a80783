package vn.dxflow.signature;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The benchmarks' baseline: the plain digest-and-signature check that PDFBox's and Bouncy Castle's examples show
 * (BRIEF section 8: 0.3–10 ms), with none of DXFlow's strict reading, trust, revocation or modification analysis.
 * DXFlow's time divided by this one, both measured in the same run, is what those checks cost; the ratio means
 * something on any machine, where the milliseconds depend on the machine and on what else runs on it.
 */
final class PlainSignatureCheck {

    private final JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();

    /** Whether every signature's CMS verifies over its /ByteRange with the certificate it carries. */
    boolean verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean valid = true;
            for (PDSignature signature : document.getSignatureDictionaries()) {
                valid &= verify(signature.getContents(), signature.getSignedContent(pdf));
            }
            return valid;
        } catch (IOException | CMSException | OperatorCreationException | CertificateException e) {
            return false;
        }
    }

    private boolean verify(byte[] contents, byte[] signedContent)
            throws CMSException, OperatorCreationException, CertificateException {
        CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), contents);
        for (SignerInformation signer : cms.getSignerInfos()) {
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(signer.getSID())
                    .iterator().next();
            X509Certificate certificate = certificates.getCertificate(holder);
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return false;
            }
        }
        return true;
    }
}
