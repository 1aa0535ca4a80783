package vn.dxflow.signature;

/** The sub-indications of ETSI EN 319 102-1 (clause 5.1.3, table 5) that this verifier can report. */
public enum SubIndication {
    FORMAT_FAILURE,
    HASH_FAILURE,
    SIG_CRYPTO_FAILURE,
    REVOKED,
    EXPIRED,
    NOT_YET_VALID,
    SIG_CONSTRAINTS_FAILURE,
    CHAIN_CONSTRAINTS_FAILURE,
    CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
    NO_SIGNING_CERTIFICATE_FOUND,
    NO_CERTIFICATE_CHAIN_FOUND,
    REVOKED_NO_POE,
    OUT_OF_BOUNDS_NO_POE,
    TRY_LATER,
    SIGNED_DATA_NOT_FOUND
}
