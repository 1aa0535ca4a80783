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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.cms.Time;
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
    private PDRectangle visibleRect;
    private boolean opaqueBox;
    private Date signingTime;
    private TestPki.Credential coSigner;
    private boolean sha1SubFilter;
    private byte[] embeddedContent;

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

    /**
     * A visible signature box on the first page: a thin frame and the signer's name, transparent elsewhere, as
     * signing tools draw it.
     */
    TestSigner visibleAt(PDRectangle rect) {
        this.visibleRect = rect;
        return this;
    }

    /** The visible box painted white first, hiding whatever lies below it. */
    TestSigner opaque() {
        this.opaqueBox = true;
        return this;
    }

    /** Claims this signing time, in /M and in the signing-time signed attribute (no timestamp proves it). */
    TestSigner signedAt(Date time) {
        this.signingTime = time;
        return this;
    }

    /** A second SignerInfo in the same CMS, signing the same bytes (co-signature). */
    TestSigner coSignedBy(TestPki.Credential other) {
        this.coSigner = other;
        return this;
    }

    /**
     * The legacy adbe.pkcs7.sha1 sub-filter (ISO 32000-1 12.8.3.3.1): the CMS encapsulates the SHA-1 digest of the byte
     * ranges and signs that, with SHA-1, as Acrobat 5 did.
     */
    TestSigner adbePkcs7Sha1() {
        this.sha1SubFilter = true;
        this.algorithm = "SHA1withRSA";
        return this;
    }

    /**
     * A detached signature over the byte ranges whose CMS nevertheless encapsulates this content (EU DSS's sample
     * pades-enveloping-empty-bytes-cms.pdf): a validator that hashes the byte ranges sees a valid signature, one that
     * follows CMS sees a signature over other content.
     */
    TestSigner embedding(byte[] content) {
        this.embeddedContent = content;
        return this;
    }

    byte[] sign(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(sha1SubFilter ? PDSignature.SUBFILTER_ADBE_PKCS7_SHA1 : PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(credential.certificate().getSubjectX500Principal().getName());
            signature.setReason("Phê duyệt biên bản thẩm định");
            signature.setLocation("Tân Lập");
            Calendar signDate = Calendar.getInstance();
            if (signingTime != null) {
                signDate.setTime(signingTime);
            }
            signature.setSignDate(signDate);
            if (certificationLevel > 0) {
                certify(document, signature, certificationLevel);
            }
            options.setPreferredSignatureSize(24_000);
            document.addSignature(signature, this::cms, options);
            if (visibleRect != null) {
                showBox(document, signature);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showBox(PDDocument document, PDSignature signature) throws IOException {
        for (PDField field : document.getDocumentCatalog().getAcroForm().getFieldTree()) {
            if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null
                    && signatureField.getSignature().getCOSObject() == signature.getCOSObject()) {
                PDAnnotationWidget widget = signatureField.getWidgets().get(0);
                widget.setRectangle(visibleRect);
                widget.setAppearance(TestPdfs.signatureBox(document, visibleRect, opaqueBox));
            }
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
            if (signingTime != null) {
                attributes.add(new Attribute(CMSAttributes.signingTime, new DERSet(new Time(signingTime))));
            }
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)))
                    .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(credential.key()), certificate));
            List<X509Certificate> certificates = new ArrayList<>(List.of(certificate));
            certificates.addAll(List.of(credential.chain()));
            if (coSigner != null) {
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(coSigner.key()), coSigner.certificate()));
                certificates.add(coSigner.certificate());
            }
            generator.addCertificates(new JcaCertStore(certificates));
            byte[] signedBytes = content.readAllBytes();
            CMSSignedData signed = sha1SubFilter
                    ? generator.generate(new CMSProcessableByteArray(MessageDigest.getInstance("SHA-1").digest(signedBytes)), true)
                    : generator.generate(new CMSProcessableByteArray(signedBytes), false);
            if (embeddedContent != null) {
                signed = withEncapsulatedContent(signed, embeddedContent);
            }
            return timestamp ? withTimestamp(signed).getEncoded() : signed.getEncoded();
        } catch (Exception e) {
            throw new IOException("cannot sign", e);
        }
    }

    /**
     * The signature stays over the byte ranges (its message-digest attribute is theirs), but the SignedData now also
     * encapsulates other content: the unsigned envelope is edited, so the signature value still verifies.
     */
    private static CMSSignedData withEncapsulatedContent(CMSSignedData detached, byte[] content)
            throws org.bouncycastle.cms.CMSException {
        SignedData original = SignedData.getInstance(detached.toASN1Structure().getContent());
        SignedData enveloping = new SignedData(original.getDigestAlgorithms(),
                new ContentInfo(CMSObjectIdentifiers.data, new DEROctetString(content)), original.getCertificates(),
                original.getCRLs(), original.getSignerInfos());
        return new CMSSignedData(new ContentInfo(CMSObjectIdentifiers.signedData, enveloping));
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
