package vn.dxflow.admin;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused model, calendar or template: 422 with a summary and every problem, for the page to show. */
@RestControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors {

    @ExceptionHandler(RefusedException.class)
    ResponseEntity<Map<String, Object>> refused(RefusedException e) {
        List<Problem> problems = e.problems();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY).body(Map.of(
                "message", "Chưa thể lưu hoặc triển khai: có " + problems.size() + " điểm cần sửa.",
                "problems", problems));
    }
}
