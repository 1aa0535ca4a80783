package vn.dxflow.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.ocsp.OCSPResponse;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Certificates, CRLs and OCSP responses shipped with a signature: in the CMS itself, in Adobe's
 * adbe-revocationInfoArchival signed attribute (OID 1.2.840.113583.1.1.8), or in the document security store (/DSS,
 * ETSI EN 319 142-1 5.4). Unreadable entries are skipped: they simply prove nothing.
 */
record RevocationData(List<X509Certificate> certificates, List<X509CRL> crls, List<BasicOCSPResp> ocspResponses) {

    private static final ASN1ObjectIdentifier ADBE_REVOCATION = new ASN1ObjectIdentifier("1.2.840.113583.1.1.8");

    static RevocationData empty() {
        return new RevocationData(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }

    RevocationData plus(RevocationData other) {
        RevocationData sum = empty();
        for (RevocationData part : List.of(this, other)) {
            sum.certificates.addAll(part.certificates);
            sum.crls.addAll(part.crls);
            sum.ocspResponses.addAll(part.ocspResponses);
        }
        return sum;
    }

    @SuppressWarnings("unchecked")
    static RevocationData fromCms(CMSSignedData cms, SignerInformation signer) {
        RevocationData data = empty();
        for (X509CertificateHolder holder : (Iterable<X509CertificateHolder>) cms.getCertificates().getMatches(null)) {
            data.addCertificate(encoded(holder));
        }
        for (X509CRLHolder holder : (Iterable<X509CRLHolder>) cms.getCRLs().getMatches(null)) {
            data.addCrl(encoded(holder));
        }
        for (Object info : cms.getOtherRevocationInfo(OCSPObjectIdentifiers.id_pkix_ocsp_response).getMatches(null)) {
            data.addOcsp(encoded((ASN1Encodable) info));
        }
        Attribute archival = CmsCheck.attribute(signer.getSignedAttributes(), ADBE_REVOCATION.getId());
        if (archival != null) {
            data.addArchival(archival.getAttrValues().getObjectAt(0));
        }
        return data;
    }

    static RevocationData fromDss(PDDocument document) {
        RevocationData data = empty();
        if (document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("DSS"))
                instanceof COSDictionary dss) {
            streams(dss, "Certs").forEach(data::addCertificate);
            streams(dss, "CRLs").forEach(data::addCrl);
            streams(dss, "OCSPs").forEach(data::addOcsp);
        }
        return data;
    }

    /** RevocationInfoArchival ::= SEQUENCE { crl [0] EXPLICIT SEQUENCE OF CRLs, ocsp [1] EXPLICIT SEQUENCE OF OCSPResponse, ... } */
    private void addArchival(ASN1Encodable value) {
        try {
            for (ASN1Encodable element : ASN1Sequence.getInstance(value)) {
                ASN1TaggedObject tagged = ASN1TaggedObject.getInstance(element);
                for (ASN1Encodable item : ASN1Sequence.getInstance(tagged.getExplicitBaseObject())) {
                    switch (tagged.getTagNo()) {
                        case 0 -> addCrl(CertificateList.getInstance(item).getEncoded());
                        case 1 -> addOcsp(OCSPResponse.getInstance(item).getEncoded());
                        default -> { }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable archive proves nothing; revocation is then looked up elsewhere.
        }
    }

    private static List<byte[]> streams(COSDictionary dss, String key) {
        List<byte[]> contents = new ArrayList<>();
        if (dss.getDictionaryObject(COSName.getPDFName(key)) instanceof COSArray array) {
            for (COSBase item : array.toList()) {
                COSBase value = item instanceof org.apache.pdfbox.cos.COSObject object ? object.getObject() : item;
                if (value instanceof COSStream stream) {
                    try (InputStream in = stream.createInputStream()) {
                        contents.add(in.readAllBytes());
                    } catch (IOException e) {
                        // skipped: see class comment
                    }
                }
            }
        }
        return contents;
    }

    void addCertificate(byte[] der) {
        try {
            certificates.add((X509Certificate) factory().generateCertificate(new ByteArrayInputStream(der)));
        } catch (CertificateException | RuntimeException e) {
            // skipped: see class comment
        }
    }

    void addCrl(byte[] der) {
        try {
            crls.add((X509CRL) factory().generateCRL(new ByteArrayInputStream(der)));
        } catch (CertificateException | CRLException | RuntimeException e) {
            // skipped: see class comment
        }
    }

    void addOcsp(byte[] der) {
        try {
            OCSPResp response = new OCSPResp(der);
            if (response.getStatus() == OCSPResp.SUCCESSFUL && response.getResponseObject() instanceof BasicOCSPResp basic) {
                ocspResponses.add(basic);
            }
        } catch (IOException | OCSPException | RuntimeException e) {
            // skipped: see class comment
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        return CertificateFactory.getInstance("X.509");
    }

    private static byte[] encoded(Object asn1) {
        try {
            if (asn1 instanceof X509CertificateHolder holder) {
                return holder.getEncoded();
            }
            if (asn1 instanceof X509CRLHolder holder) {
                return holder.getEncoded();
            }
            return ((ASN1Encodable) asn1).toASN1Primitive().getEncoded();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
