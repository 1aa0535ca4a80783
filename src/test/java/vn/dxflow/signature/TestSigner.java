package vn.dxflow.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Signs PDFs the way PDFBox's CreateSignature example does (incremental save, CMS detached signature made with
 * Bouncy Castle), with the options the tests need: algorithm, signature timestamp from the loopback TSA (or back-dated
 * in process), certification level, embedded revocation data, document timestamps and a DSS added afterwards.
 */
final class TestSigner {

    private static final BouncyCastleProvider BC = new BouncyCastleProvider();

    private final TestPki pki;
    private final TestPki.Credential credential;
    private String algorithm = "SHA256withRSA";
    private boolean timestamp;
    private Date backdatedTimestamp;
    private int certificationLevel;
    private boolean embedOcsp;
    private boolean otherImprint;

    private TestSigner(TestPki pki, TestPki.Credential credential) {
        this.pki = pki;
        this.credential = credential;
    }

    static TestSigner with(TestPki.Credential credential) {
        return new TestSigner(TestPki.get(), credential);
    }

    TestSigner algorithm(String jcaName) {
        this.algorithm = jcaName;
        return this;
    }

    TestSigner timestamped() {
        this.timestamp = true;
        return this;
    }

    TestSigner timestampedAt(Date genTime) {
        this.timestamp = true;
        this.backdatedTimestamp = genTime;
        return this;
    }

    TestSigner timestampingOtherData() {
        this.timestamp = true;
        this.otherImprint = true;
        return this;
    }

    TestSigner certifying(int docMdp) {
        this.certificationLevel = docMdp;
        return this;
    }

    TestSigner embeddingOcsp() {
        this.embedOcsp = true;
        return this;
    }

    byte[] sign(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(credential.certificate().getSubjectX500Principal().getName());
            signature.setReason("Phê duyệt biên bản thẩm định");
            signature.setLocation("Tân Lập");
            signature.setSignDate(Calendar.getInstance());
            if (certificationLevel > 0) {
                certify(document, signature, certificationLevel);
            }
            options.setPreferredSignatureSize(24_000);
            document.addSignature(signature, this::cms, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document timestamp (ETSI EN 319 142-1 5.4.3) over the whole file, from the loopback TSA. */
    static byte[] documentTimestamp(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setType(COSName.DOC_TIME_STAMP);
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.RFC3161"));
            options.setPreferredSignatureSize(12_000);
            document.addSignature(signature, content -> fetchTimestamp(sha256(content.readAllBytes())).getEncoded(), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a DSS (ETSI EN 319 142-1 5.4.2) with the chain and fresh OCSP responses and CRLs, as LTV tools do. */
    static byte[] addDss(byte[] pdf, TestPki.Credential signer) {
        TestPki pki = TestPki.get();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            COSDictionary dss = new COSDictionary();
            dss.setItem("Certs", streams(document, List.of(pki.intermediate.certificate().getEncoded(),
                    signer.certificate().getEncoded())));
            dss.setItem("OCSPs", streams(document, List.of(
                    pki.responder.ocspFor(signer.certificate(), pki.intermediate.certificate()))));
            dss.setItem("CRLs", streams(document, List.of(pki.responder.crl(pki.root, null))));
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.setItem(COSName.getPDFName("DSS"), dss);
            return TestPdfs.saveIncremental(document, java.util.Set.of(catalog));
        } catch (IOException | java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static COSArray streams(PDDocument document, List<byte[]> contents) throws IOException {
        COSArray array = new COSArray();
        for (byte[] content : contents) {
            org.apache.pdfbox.cos.COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(content);
            }
            array.add(stream);
        }
        return array;
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = credential.certificate();
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(
                    new SigningCertificateV2(new ESSCertIDv2(sha256(certificate.getEncoded()))))));
            if (embedOcsp) {
                byte[] ocsp = pki.responder.ocspFor(certificate, pki.intermediate.certificate());
                attributes.add(new Attribute(new ASN1ObjectIdentifier("1.2.840.113583.1.1.8"), new DERSet(
                        new DERSequence(new DERTaggedObject(true, 1, new DERSequence(ASN1Primitive.fromByteArray(ocsp)))))));
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(credential.key()), certificate));
            List<X509Certificate> certificates = new ArrayList<>(List.of(certificate));
            certificates.addAll(List.of(credential.chain()));
            generator.addCertificates(new JcaCertStore(certificates));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return timestamp ? withTimestamp(signed).getEncoded() : signed.getEncoded();
        } catch (Exception e) {
            throw new IOException("cannot sign", e);
        }
    }

    private CMSSignedData withTimestamp(CMSSignedData signed) throws IOException {
        SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
        byte[] imprint = sha256(otherImprint ? new byte[] {1, 2, 3} : signer.getSignature());
        TimeStampToken token = backdatedTimestamp == null ? fetchTimestamp(imprint)
                : TestTsa.token(pki, imprint, backdatedTimestamp);
        AttributeTable unsigned = new AttributeTable(new Attribute(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(ASN1Primitive.fromByteArray(token.getEncoded()))));
        return CMSSignedData.replaceSigners(signed,
                new SignerInformationStore(SignerInformation.replaceUnsignedAttributes(signer, unsigned)));
    }

    /** RFC 3161 over HTTP to the loopback TSA. */
    private static TimeStampToken fetchTimestamp(byte[] sha256) throws IOException {
        try {
            TimeStampRequestGenerator generator = new TimeStampRequestGenerator();
            generator.setCertReq(true);
            TimeStampRequest request = generator.generate(TSPAlgorithms.SHA256, sha256);
            HttpURLConnection connection = (HttpURLConnection) URI.create(TestPki.get().responder.url("/tsa")).toURL().openConnection();
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/timestamp-query");
            try (OutputStream out = connection.getOutputStream()) {
                out.write(request.getEncoded());
            }
            try (InputStream in = connection.getInputStream()) {
                TimeStampResponse response = new TimeStampResponse(in.readAllBytes());
                response.validate(request);
                return response.getTimeStampToken();
            }
        } catch (org.bouncycastle.tsp.TSPException e) {
            throw new IOException(e);
        }
    }

    static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As PDFBox's SigUtils.setMDPPermission: a DocMDP transform in the signature and /Perms in the catalog. */
    private static void certify(PDDocument document, PDSignature signature, int permission) {
        COSDictionary params = new COSDictionary();
        params.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        params.setInt(COSName.P, permission);
        params.setName(COSName.V, "1.2");
        COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.TRANSFORM_METHOD, COSName.DOCMDP);
        reference.setItem(COSName.DIGEST_METHOD, COSName.getPDFName("SHA256"));
        reference.setItem(COSName.TRANSFORM_PARAMS, params);
        COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.REFERENCE, references);
        COSDictionary perms = new COSDictionary();
        perms.setItem(COSName.DOCMDP, signature);
        COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.PERMS, perms);
        catalog.setNeedToBeUpdated(true);
    }
}
