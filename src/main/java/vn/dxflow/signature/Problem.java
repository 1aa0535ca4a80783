package vn.dxflow.signature;

/** One finding with its technical detail: what the checks return instead of throwing. */
record Problem(Finding finding, String detail) {
}
