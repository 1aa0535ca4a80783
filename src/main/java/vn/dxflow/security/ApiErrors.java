package vn.dxflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error bodies of DXFlow's API: {@code {"message": "<Vietnamese text for the user>"}}; the English detail goes
 * to the log, never an exception's text to the user. Consulted after the features' own handlers (lowest
 * precedence), so that this catch-all never answers for an exception a feature explains better.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNEXPECTED =
            "Đã xảy ra lỗi trong hệ thống. Vui lòng thử lại sau hoặc liên hệ quản trị viên.";

    @ExceptionHandler(UnitAccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(UnitAccessDeniedException e) {
        log.warn("Access denied: {}", e.getMessage());
        return body(HttpStatus.FORBIDDEN, "Bạn không có quyền truy cập dữ liệu của đơn vị này.");
    }

    @ExceptionHandler(RequestRefusedException.class)
    ResponseEntity<Map<String, String>> refused(RequestRefusedException e) {
        log.warn("Request refused ({}): {}", e.status().value(), e.getMessage());
        return body(e.status(), e.vietnameseMessage());
    }

    /** Malformed JSON, or a value its record refuses while it is read (a number out of bounds). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestRefusedException refusal) {
                return refused(refusal);
            }
        }
        log.info("Unreadable request body: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "Nội dung gửi lên không đúng định dạng (số liệu phải là JSON hợp lệ).");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missingParameter(MissingServletRequestParameterException e) {
        log.info("Missing parameter: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "Thiếu tham số '" + plain(e.getParameterName()) + "'.");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, String>> missingPart(MissingServletRequestPartException e) {
        log.info("Missing multipart part: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "Thiếu phần '" + plain(e.getRequestPartName()) + "' trong biểu mẫu gửi lên.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> wrongType(MethodArgumentTypeMismatchException e) {
        log.info("Parameter of the wrong type: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "Giá trị của tham số '" + plain(e.getName()) + "' không hợp lệ.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
        log.warn("Upload larger than the multipart limit: {}", e.getMessage());
        return body(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp quá lớn: vượt quá dung lượng tối đa cho phép của một lần tải lên.");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> badMultipart(MultipartException e) {
        log.info("Unreadable multipart request: {}", e.getMessage());
        return body(HttpStatus.BAD_REQUEST, "Biểu mẫu tải lên không đúng định dạng (multipart/form-data).");
    }

    /** Spring's own refusals (wrong method, media type, missing header, unknown address): their status, our words. */
    @ExceptionHandler({HttpRequestMethodNotSupportedException.class, HttpMediaTypeException.class,
        ServletRequestBindingException.class, NoResourceFoundException.class, ResponseStatusException.class})
    ResponseEntity<Map<String, String>> springRefusal(Exception e) {
        HttpStatusCode status = ((ErrorResponse) e).getStatusCode();
        log.info("Request refused by Spring ({}): {}", status.value(), e.getMessage());
        return body(status, switch (status.value()) {
            case 404 -> "Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.";
            case 405 -> "Địa chỉ này không nhận phương thức " + plain(e instanceof HttpRequestMethodNotSupportedException m
                    ? m.getMethod() : "đã dùng") + ".";
            case 406 -> "Không có định dạng trả lời phù hợp với yêu cầu.";
            case 415 -> "Định dạng nội dung gửi lên không được hỗ trợ ở địa chỉ này.";
            default -> status.is5xxServerError() ? UNEXPECTED : "Yêu cầu không hợp lệ.";
        });
    }

    /** Anything unexpected: the detail goes to the log, the user gets a plain Vietnamese message, never a trace. */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> unexpected(RuntimeException e) {
        log.error("Unexpected error in DXFlow's API", e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED);
    }

    static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        JSON.writeValue(response.getOutputStream(), Map.of("message", message));
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatusCode status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }

    /** A name repeated back to the user: letters, digits and a few signs only (the forms may show it as HTML). */
    private static String plain(String name) {
        String kept = name == null ? "" : name.replaceAll("[^\\p{L}\\p{N}_.-]", "");
        return kept.substring(0, Math.min(64, kept.length()));
    }
}
