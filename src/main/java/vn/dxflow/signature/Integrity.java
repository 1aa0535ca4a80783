package vn.dxflow.signature;

/**
 * Whether the signed document is still what was signed, apart from who signed it and whether the signer can be
 * trusted ({@link Trust}): "unmodified, but the certificate is not trusted here" reads as such.
 */
public enum Integrity {
    /** The signature value verifies and nothing changed after signing that alters a page or a form value. */
    UNMODIFIED("tài liệu không bị sửa đổi kể từ khi ký."),
    /** The signature value verifies; changes allowed after signing (form filling, later signatures, notes) were made. */
    MODIFIED("phần đã ký còn nguyên vẹn; sau khi ký tài liệu có thêm thay đổi được phép (điền biểu mẫu, thêm chữ ký "
            + "hoặc chú thích)."),
    /** The signed bytes, the signature value or the file structure do not hold, or a forbidden change was made. */
    BROKEN("tài liệu KHÔNG còn nguyên vẹn như khi ký."),
    /** The signature value could not be checked (no signing certificate, unsupported format). */
    UNKNOWN("không kiểm tra được.");

    private final String vietnamese;

    Integrity(String vietnamese) {
        this.vietnamese = vietnamese;
    }

    String vietnamese() {
        return vietnamese;
    }
}
