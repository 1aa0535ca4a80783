package vn.dxflow.signature;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/**
 * Who signed: the certificate subject and the identifiers Vietnamese CAs put in the UID attribute
 * (OID 0.9.2342.19200300.100.1.1), such as {@code MST:0101234567} (tax code) or {@code CCCD:001099012345}.
 *
 * @param subject      subject distinguished name (RFC 4514)
 * @param commonName   CN, or the subject when there is none
 * @param organization O, or empty
 * @param identifiers  every UID value, in certificate order
 * @param issuer       issuer distinguished name
 * @param serialNumber certificate serial number in hex
 */
public record SignerIdentity(String subject, String commonName, String organization, List<String> identifiers,
        String issuer, String serialNumber) {

    static SignerIdentity of(X509Certificate certificate) {
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        String commonName = first(subject, BCStyle.CN);
        return new SignerIdentity(subject.toString(), commonName.isEmpty() ? subject.toString() : commonName,
                first(subject, BCStyle.O), values(subject, BCStyle.UID),
                X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()).toString(),
                certificate.getSerialNumber().toString(16));
    }

    /** True when the subject carries this identifier (a UID value such as MST:…) or this exact attribute value. */
    public boolean carries(String identifierOrName) {
        String wanted = identifierOrName.strip();
        return identifiers.stream().anyMatch(wanted::equalsIgnoreCase)
                || commonName.equalsIgnoreCase(wanted)
                || organization.equalsIgnoreCase(wanted);
    }

    private static String first(X500Name name, ASN1ObjectIdentifier type) {
        List<String> values = values(name, type);
        return values.isEmpty() ? "" : values.get(0);
    }

    private static List<String> values(X500Name name, ASN1ObjectIdentifier type) {
        return Arrays.stream(name.getRDNs(type))
                .map(RDN::getFirst)
                .map(value -> IETFUtils.valueToString(value.getValue()))
                .toList();
    }
}
