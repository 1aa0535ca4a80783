package vn.dxflow.signature;

import static vn.dxflow.signature.Indication.INDETERMINATE;
import static vn.dxflow.signature.Indication.TOTAL_FAILED;

/**
 * Why a signature did not pass: each finding fixes its ETSI EN 319 102-1 indication and the Vietnamese sentence the
 * forms show. The attack names are those of pdf-insecurity.org (USF, ISA, SWA, shadow attacks).
 */
public enum Finding {
    UNREADABLE_PDF(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Tệp PDF bị hỏng hoặc có cấu trúc không hợp lệ, không đọc được chữ ký."),
    NO_SIGNATURE(INDETERMINATE, SubIndication.SIGNED_DATA_NOT_FOUND,
            "Tài liệu không có chữ ký số."),
    MALFORMED_SIGNATURE_DICTIONARY(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Từ điển chữ ký thiếu hoặc sai /Contents hay /ByteRange (tấn công giả mạo chữ ký phổ quát – USF)."),
    BYTE_RANGE_NOT_WHOLE_FILE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Vùng được ký (/ByteRange) không bao trùm toàn bộ tệp trừ giá trị chữ ký."),
    CONTENTS_GAP_MISMATCH(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Khoảng trống giữa hai vùng được ký chứa dữ liệu khác ngoài giá trị chữ ký (tấn công bọc chữ ký – SWA)."),
    CMS_UNREADABLE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Giá trị chữ ký (CMS) không đọc được."),
    HASH_MISMATCH(TOTAL_FAILED, SubIndication.HASH_FAILURE,
            "Nội dung tài liệu đã bị thay đổi sau khi ký (giá trị băm không khớp)."),
    SIGNATURE_VALUE_INVALID(TOTAL_FAILED, SubIndication.SIG_CRYPTO_FAILURE,
            "Giá trị chữ ký số không đúng với khóa công khai của người ký."),
    WEAK_DIGEST(INDETERMINATE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
            "Chữ ký dùng thuật toán băm yếu (SHA-1), không còn được chấp nhận."),
    SIGNING_CERTIFICATE_MISSING(INDETERMINATE, SubIndication.NO_SIGNING_CERTIFICATE_FOUND,
            "Không tìm thấy chứng thư số của người ký, hoặc chứng thư không khớp thuộc tính signing-certificate."),
    KEY_USAGE_NOT_FOR_SIGNING(INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE,
            "Chứng thư số không được cấp cho mục đích ký số (Key Usage không phù hợp)."),
    CA_CONSTRAINTS_VIOLATED(INDETERMINATE, SubIndication.CHAIN_CONSTRAINTS_FAILURE,
            "Một chứng thư trong chuỗi không được phép cấp chứng thư (không phải CA)."),
    UNTRUSTED_CHAIN(INDETERMINATE, SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
            "Chứng thư số không thuộc tổ chức cung cấp dịch vụ chứng thực chữ ký số được tin cậy."),
    CERTIFICATE_NOT_YET_VALID(TOTAL_FAILED, SubIndication.NOT_YET_VALID,
            "Chứng thư số chưa có hiệu lực tại thời điểm ký."),
    CERTIFICATE_EXPIRED(TOTAL_FAILED, SubIndication.EXPIRED,
            "Chứng thư số đã hết hạn tại thời điểm ký (theo dấu thời gian)."),
    CERTIFICATE_EXPIRED_NO_POE(INDETERMINATE, SubIndication.OUT_OF_BOUNDS_NO_POE,
            "Chứng thư số đã hết hạn và không có dấu thời gian chứng minh chữ ký được tạo khi chứng thư còn hiệu lực."),
    CERTIFICATE_REVOKED(TOTAL_FAILED, SubIndication.REVOKED,
            "Chứng thư số đã bị thu hồi trước thời điểm ký."),
    CERTIFICATE_REVOKED_NO_POE(INDETERMINATE, SubIndication.REVOKED_NO_POE,
            "Chứng thư số đã bị thu hồi và không có dấu thời gian chứng minh chữ ký được tạo trước khi thu hồi."),
    REVOCATION_UNAVAILABLE(INDETERMINATE, SubIndication.TRY_LATER,
            "Không kiểm tra được tình trạng thu hồi chứng thư (OCSP/CRL không phản hồi). Vui lòng thử lại sau."),
    TIMESTAMP_INVALID(INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE,
            "Dấu thời gian (RFC 3161) của chữ ký không hợp lệ hoặc không do đơn vị cấp dấu thời gian tin cậy cấp."),
    TIMESTAMP_REQUIRED(INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE,
            "Chính sách yêu cầu chữ ký có dấu thời gian nhưng chữ ký không có."),
    SIGNER_NOT_EXPECTED(INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE,
            "Người ký không phải là người ký được chỉ định cho bước này."),
    DISALLOWED_CHANGE_AFTER_SIGNING(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Tài liệu bị sửa đổi sau khi ký bằng một bản cập nhật không được phép (tấn công lưu gia tăng – ISA)."),
    SHADOW_HIDE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Sau khi ký, một đối tượng mới được đặt che lên nội dung đã ký (tấn công bóng – che giấu)."),
    SHADOW_REPLACE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Sau khi ký, giá trị trường biểu mẫu được đổi để đè lên nội dung đã ký (tấn công bóng – thay thế)."),
    SHADOW_HIDE_AND_REPLACE(TOTAL_FAILED, SubIndication.FORMAT_FAILURE,
            "Sau khi ký, bảng xref được sửa để hiển thị nội dung ẩn sẵn trong phần đã ký (tấn công bóng – che giấu và thay thế).");

    private final Indication indication;
    private final SubIndication subIndication;
    private final String vietnamese;

    Finding(Indication indication, SubIndication subIndication, String vietnamese) {
        this.indication = indication;
        this.subIndication = subIndication;
        this.vietnamese = vietnamese;
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
