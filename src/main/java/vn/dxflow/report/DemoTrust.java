package vn.dxflow.report;

import java.security.cert.X509Certificate;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.dxflow.signature.AdditionalTrustAnchors;

/** The demo CA is a trust anchor only while demo signing is on, so demo-signed reports verify in the demo. */
@Component
@ConditionalOnProperty(name = "dxflow.demo-signing.enabled", havingValue = "true")
class DemoTrust implements AdditionalTrustAnchors {

    private final DemoPki pki;

    DemoTrust(DemoPki pki) {
        this.pki = pki;
    }

    @Override
    public List<X509Certificate> certificates() {
        return List.of(pki.caCertificate());
    }
}
