package vn.dxflow.signature;

import java.time.Duration;

/**
 * The validation policy knobs that are not trust anchors.
 *
 * @param requireTimestamp    refuse signatures without an RFC 3161 signature timestamp
 * @param revocationFreshness how long before the best signature time a "not revoked" answer may have been issued
 */
record VerificationPolicy(boolean requireTimestamp, Duration revocationFreshness) {
}
