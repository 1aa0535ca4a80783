package vn.dxflow.signature;

import static vn.dxflow.signature.Indication.INDETERMINATE;
import static vn.dxflow.signature.Indication.TOTAL_FAILED;

/**
 * Why a signature did not pass, or what a reader should know although it passed (a warning): each finding fixes its
 * ETSI EN 319 102-1 indication, whether it is about integrity or trust, and the Vietnamese sentence the forms show.
 * The attack names are those of pdf-insecurity.org (USF, ISA, SWA, shadow attacks).
 */
public enum Finding {
    UNREADABLE_PDF(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Tệp PDF bị hỏng hoặc có cấu trúc không hợp lệ, không đọc được chữ ký."),
    NO_SIGNATURE(INDETERMINATE, SubIndication.SIGNED_DATA_NOT_FOUND, Aspect.INTEGRITY,
            "Tài liệu không có chữ ký số."),
    MALFORMED_SIGNATURE_DICTIONARY(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Từ điển chữ ký thiếu hoặc sai /Contents hay /ByteRange (tấn công giả mạo chữ ký phổ quát – USF)."),
    BYTE_RANGE_NOT_WHOLE_FILE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Vùng được ký (/ByteRange) không bao trùm toàn bộ tệp trừ giá trị chữ ký."),
    CONTENTS_GAP_MISMATCH(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Khoảng trống giữa hai vùng được ký chứa dữ liệu khác ngoài giá trị chữ ký (tấn công bọc chữ ký – SWA)."),
    CMS_UNREADABLE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Giá trị chữ ký (CMS) không đọc được."),
    HASH_MISMATCH(TOTAL_FAILED, SubIndication.HASH_FAILURE, Aspect.INTEGRITY,
            "Nội dung tài liệu đã bị thay đổi sau khi ký (giá trị băm không khớp)."),
    SIGNATURE_VALUE_INVALID(TOTAL_FAILED, SubIndication.SIG_CRYPTO_FAILURE, Aspect.INTEGRITY,
            "Giá trị chữ ký số không đúng với khóa công khai của người ký."),
    WEAK_DIGEST(INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, Aspect.INTEGRITY,
            "Chữ ký dùng thuật toán băm yếu (SHA-1), không còn được chấp nhận."),
    SIGNING_CERTIFICATE_MISSING(INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND, Aspect.CHAIN,
            "Không tìm thấy chứng thư số của người ký, hoặc chứng thư không khớp thuộc tính signing-certificate."),
    KEY_USAGE_NOT_FOR_SIGNING(INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE, Aspect.CHAIN,
            "Chứng thư số không được cấp cho mục đích ký số (Key Usage không phù hợp)."),
    CA_CONSTRAINTS_VIOLATED(INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE, Aspect.CHAIN,
            "Một chứng thư trong chuỗi không được phép cấp chứng thư (không phải CA)."),
    UNTRUSTED_CHAIN(INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND, Aspect.CHAIN,
            "Chứng thư số không thuộc tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy."),
    CERTIFICATE_NOT_YET_VALID(TOTAL_FAILED, SubIndication.NOT_YET_VALID, Aspect.TIME,
            "Chứng thư số chưa có hiệu lực tại thời điểm ký."),
    CERTIFICATE_EXPIRED(TOTAL_FAILED, SubIndication.EXPIRED, Aspect.TIME,
            "Chứng thư số đã hết hạn tại thời điểm ký (theo dấu thời gian)."),
    CERTIFICATE_EXPIRED_NO_POE(INDETERMINATE, SubIndication.OUT_OF_BOUNDS_NO_POE, Aspect.TIME,
            "Chứng thư số đã hết hạn và không có dấu thời gian chứng minh chữ ký được tạo khi chứng thư còn hiệu lực."),
    CERTIFICATE_REVOKED(TOTAL_FAILED, SubIndication.REVOKED, Aspect.REVOCATION,
            "Chứng thư số đã bị thu hồi trước thời điểm ký."),
    CERTIFICATE_REVOKED_NO_POE(INDETERMINATE, SubIndication.REVOKED_NO_POE, Aspect.REVOCATION,
            "Chứng thư số đã bị thu hồi và không có dấu thời gian chứng minh chữ ký được tạo trước khi thu hồi."),
    REVOCATION_UNAVAILABLE(INDETERMINATE, SubIndication.TRY_LATER, Aspect.REVOCATION,
            "Không kiểm tra được tình trạng thu hồi chứng thư (OCSP/CRL không phản hồi). Vui lòng thử lại sau."),
    TIMESTAMP_INVALID(INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE, Aspect.TIME,
            "Dấu thời gian (RFC 3161) của chữ ký không hợp lệ hoặc không do đơn vị cấp dấu thời gian tin cậy cấp."),
    TIMESTAMP_REQUIRED(INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE, Aspect.TIME,
            "Chính sách yêu cầu chữ ký có dấu thời gian nhưng chữ ký không có."),
    SIGNER_NOT_EXPECTED(INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE, Aspect.SIGNER,
            "Người ký không phải là người ký được chỉ định cho bước này."),
    DISALLOWED_CHANGE_AFTER_SIGNING(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Tài liệu bị sửa đổi sau khi ký bằng một bản cập nhật không được phép (tấn công lưu gia tăng – ISA)."),
    SHADOW_HIDE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Sau khi ký, một đối tượng mới được đặt che lên nội dung đã ký (tấn công bóng – che giấu)."),
    SHADOW_REPLACE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Sau khi ký, giá trị trường biểu mẫu được đổi để đè lên nội dung đã ký (tấn công bóng – thay thế)."),
    SHADOW_HIDE_AND_REPLACE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Sau khi ký, bảng xref được sửa để hiển thị nội dung ẩn sẵn trong phần đã ký (tấn công bóng – che giấu và thay thế)."),
    BROKEN_CROSS_REFERENCE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Bảng tham chiếu chéo (xref) trỏ sai chỗ hoặc phải sửa chữa mới đọc được: mỗi trình đọc có thể hiển thị "
                    + "một nội dung khác nhau (tấn công che giấu qua bảng tham chiếu chéo)."),
    CMS_CONTENT_EMBEDDED(TOTAL_FAILED, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Chữ ký khai báo là chữ ký tách rời nhưng giá trị CMS lại chứa sẵn một nội dung khác: chữ ký không ký "
                    + "vào tài liệu này."),
    UNSUPPORTED_SIGNATURE_FORMAT(INDETERMINATE, SubIndication.FORMAT_FAILURE, Aspect.INTEGRITY,
            "Định dạng chữ ký (/SubFilter) không được hỗ trợ nên không kiểm tra được."),
    CONTENTS_PADDING_NOT_ZERO(Aspect.INTEGRITY,
            "Phần đệm sau giá trị chữ ký trong /Contents có dữ liệu khác 0; phần này không thuộc nội dung được ký "
                    + "và không làm thay đổi tài liệu."),
    ANNOTATION_OVERLAP(Aspect.INTEGRITY,
            "Một chú thích hoặc ô chữ ký thêm vào sau khi ký nằm chồng lên một chú thích hay ô đã có lúc ký.");

    /** What a finding is about: the document's integrity, or one of the three parts of trust in the signer. */
    public enum Aspect {
        INTEGRITY, CHAIN, TIME, REVOCATION, SIGNER
    }

    private final Indication indication;
    private final SubIndication subIndication;
    private final Aspect aspect;
    private final String vietnamese;

    Finding(Indication indication, SubIndication subIndication, Aspect aspect, String vietnamese) {
        this.indication = indication;
        this.subIndication = subIndication;
        this.aspect = aspect;
        this.vietnamese = vietnamese;
    }

    /** A warning: reported, but the indication stays what the other findings make it. */
    Finding(Aspect aspect, String vietnamese) {
        this(Indication.TOTAL_PASSED, null, aspect, vietnamese);
    }

    public boolean warning() {
        return indication == Indication.TOTAL_PASSED;
    }

    public Aspect aspect() {
        return aspect;
    }

    public Indication indication() {
        return indication;
    }

    public SubIndication subIndication() {
        return subIndication;
    }

    public String vietnamese() {
        return vietnamese;
    }
}
