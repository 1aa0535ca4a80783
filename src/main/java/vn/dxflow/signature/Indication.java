package vn.dxflow.signature;

/** Main status indication of ETSI EN 319 102-1 (clause 5.1.3): the only values a verdict may take. */
public enum Indication {
    TOTAL_PASSED,
    TOTAL_FAILED,
    INDETERMINATE
}
