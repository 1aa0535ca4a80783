package vn.dxflow.signature;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dxflow.signature.*}: trust anchors, timestamp policy, revocation look-ups and the signers process steps expect.
 *
 * @param trustAnchors         folder of PEM/DER certificates (Spring resource location)
 * @param requireTimestamp     refuse signatures without an RFC 3161 signature timestamp
 * @param revocation           CRL/OCSP fetching
 * @param unitSigners          per unit code, the identifier (UID such as MST:0101234567, or CN/O) its signer's
 *                             certificate must carry
 */
@ConfigurationProperties("dxflow.signature")
record SignatureProperties(
        @DefaultValue("classpath:trust/production") String trustAnchors,
        @DefaultValue("false") boolean requireTimestamp,
        @DefaultValue Revocation revocation,
        Map<String, String> unitSigners) {

    SignatureProperties {
        unitSigners = unitSigners == null ? Map.of() : Map.copyOf(unitSigners);
    }

    /**
     * @param connectTimeout time to open a connection to a CRL distribution point or OCSP responder
     * @param readTimeout    time to wait for its answer
     * @param cacheTime      how long a fetched CRL or OCSP answer is reused
     * @param freshness      how long before the best signature time a "not revoked" answer may have been issued
     */
    record Revocation(
            @DefaultValue("2s") Duration connectTimeout,
            @DefaultValue("5s") Duration readTimeout,
            @DefaultValue("10m") Duration cacheTime,
            @DefaultValue("1d") Duration freshness) {
    }
}
