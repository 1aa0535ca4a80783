package vn.dxflow.signature;

/**
 * What a process step demands of the signer, e.g. "the Mẫu 02 is signed by the appraising unit's configured signer".
 * The expected value is a UID identifier ({@code MST:0101234567}, {@code CCCD:…}) or the exact CN or O of the subject.
 *
 * @param expectedSigner identifier or name the signing certificate must carry
 * @param description    who that is, in Vietnamese, for the refusal message
 */
public record SignerRule(String expectedSigner, String description) {

    /** No constraint on who signed. */
    public static final SignerRule ANYONE = new SignerRule("", "");

    public SignerRule {
        if (expectedSigner == null || description == null) {
            throw new IllegalArgumentException("expectedSigner and description are required");
        }
    }

    /** The empty rule accepts anyone. */
    boolean accepts(SignerIdentity signer) {
        return expectedSigner.isBlank() || (signer != null && signer.carries(expectedSigner));
    }
}
