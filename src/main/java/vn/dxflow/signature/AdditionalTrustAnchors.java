package vn.dxflow.signature;

import java.security.cert.X509Certificate;
import java.util.List;

/** Trust anchors another feature adds to the configured folder (the demo CA, only while demo signing is on). */
public interface AdditionalTrustAnchors {

    List<X509Certificate> certificates();
}
