package vn.dxflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * PAdES signatures (ETSI EN 319 142-1) with PDFBox 3 and Bouncy Castle. Baseline B-B: an incremental update with a
 * detached CMS (SubFilter ETSI.CAdES.detached), SHA-256, the signing certificate bound by the signing-certificate-v2
 * attribute, and no signing-time attribute (PAdES puts the time in /M). With a time-stamping authority, B-T: an RFC
 * 3161 signature timestamp over the signature value proves the signing time. {@link #addValidationData} then makes
 * it B-LT: a second incremental update adds the document security store (/DSS, 5.4.2) with the certificates and
 * the CRLs a verifier needs, so the signature verifies without reaching any server.
 */
final class PadesSigner {

    /** Room for the CMS: a 2048-bit RSA signature, a two-certificate chain and a timestamp token need about 6 kB. */
    private static final int SIGNATURE_SIZE = 12_000;
    /** The demo TSA's policy: any (RFC 5280 anyPolicy), since it issues no real timestamps. */
    private static final ASN1ObjectIdentifier ANY_POLICY = new ASN1ObjectIdentifier("2.5.29.32.0");

    private PadesSigner() {
    }

    /**
     * @param tsa the time-stamping authority's key and certificate (B-T), or null (B-B); its token carries the
     *            signing time given
     */
    static void sign(byte[] pdf, KeyStore.PrivateKeyEntry credential, String name, String reason, Calendar time,
            KeyStore.PrivateKeyEntry tsa, OutputStream out) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(name);
            signature.setReason(reason);
            signature.setSignDate(time);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content.readAllBytes(), credential, tsa, time), options);
            document.saveIncremental(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the report", e);
        }
    }

    /** Adds the DSS with the given certificates and CRLs in an incremental update after the signature. */
    static void addValidationData(byte[] signed, List<X509Certificate> certificates, List<X509CRL> crls,
            OutputStream out) {
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<byte[]> encodedCertificates = new ArrayList<>();
            for (X509Certificate certificate : certificates) {
                encodedCertificates.add(certificate.getEncoded());
            }
            List<byte[]> encodedCrls = new ArrayList<>();
            for (X509CRL crl : crls) {
                encodedCrls.add(crl.getEncoded());
            }
            COSDictionary dss = new COSDictionary();
            dss.setItem("Certs", streams(document, encodedCertificates));
            dss.setItem("CRLs", streams(document, encodedCrls));
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            document.saveIncremental(out, Set.of(catalog));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot add the validation data", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encode the validation data", e);
        }
    }

    private static COSArray streams(PDDocument document, List<byte[]> contents) throws IOException {
        COSArray array = new COSArray();
        for (byte[] content : contents) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            array.add(stream);
        }
        return array;
    }

    private static byte[] cms(byte[] content, KeyStore.PrivateKeyEntry credential, KeyStore.PrivateKeyEntry tsa,
            Calendar time) throws IOException {
        try {
            X509Certificate certificate = (X509Certificate) credential.getCertificate();
            ESSCertIDv2 certId = new ESSCertIDv2(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId})));
            DefaultSignedAttributeTableGenerator defaults =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate));
            CMSAttributeTableGenerator signedAttributes =
                    parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(credential.getPrivateKey()), certificate));
            generator.addCertificates(new JcaCertStore(Arrays.asList(credential.getCertificateChain())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content), false);
            return (tsa == null ? signed : timestamped(signed, tsa, time)).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException | TSPException e) {
            throw new IOException("Cannot make the CMS signature", e);
        }
    }

    /** The signature with its RFC 3161 timestamp (unsigned attribute id-aa-signatureTimeStampToken, RFC 3161 appendix A). */
    private static CMSSignedData timestamped(CMSSignedData signed, KeyStore.PrivateKeyEntry tsa, Calendar time)
            throws GeneralSecurityException, OperatorCreationException, TSPException, IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        TimeStampRequestGenerator request = new TimeStampRequestGenerator();
        request.setCertReq(true);
        TimeStampRequest query = request.generate(TSPAlgorithms.SHA256,
                MessageDigest.getInstance("SHA-256").digest(signer.getSignature()), new BigInteger(64, new SecureRandom()));
        X509Certificate tsaCertificate = (X509Certificate) tsa.getCertificate();
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", tsa.getPrivateKey(), tsaCertificate),
                new JcaDigestCalculatorProviderBuilder().build().get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                ANY_POLICY);
        tokens.addCertificates(new JcaCertStore(List.of(tsaCertificate)));
        byte[] token = tokens.generate(query, new BigInteger(64, new SecureRandom()), time.getTime()).getEncoded();
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token))));
        return CMSSignedData.replaceSigners(signed,
                new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
    }
}
