package vn.dxflow.evidence;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Error bodies of the evidence API: {@code {"message": "<Vietnamese reason>"}}, the English reason in the log. */
@RestControllerAdvice
class EvidenceErrors {

    private static final Logger log = LoggerFactory.getLogger(EvidenceErrors.class);

    @ExceptionHandler(EvidenceRejectedException.class)
    ResponseEntity<Map<String, String>> rejected(EvidenceRejectedException e) {
        log.warn("Evidence request refused ({}): {}", e.status().value(), e.getMessage());
        return ResponseEntity.status(e.status()).body(Map.of("message", e.vietnameseMessage()));
    }

    @ExceptionHandler(RepositoryUnavailableException.class)
    ResponseEntity<Map<String, String>> unavailable(RepositoryUnavailableException e) {
        log.error("Evidence repository unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Map.of("message",
                "Kho lưu trữ minh chứng tạm thời không truy cập được; tài liệu chưa được lưu. Vui lòng thử lại sau."));
    }
}
