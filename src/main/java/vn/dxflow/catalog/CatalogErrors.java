package vn.dxflow.catalog;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Error bodies of {@code /api/catalogs}: {@code {"message": "<Vietnamese>", "problems": [...]}}, where each
 * problem names its criterion; the English detail goes to the log.
 */
@RestControllerAdvice
class CatalogErrors {

    private static final Logger log = LoggerFactory.getLogger(CatalogErrors.class);

    record ProblemView(String criterion, String message) {
    }

    @ExceptionHandler(CatalogInputException.class)
    ResponseEntity<Map<String, Object>> invalid(CatalogInputException e) {
        log.info("Refused: {}", e.getMessage());
        List<ProblemView> problems = e.problems().stream()
                .map(problem -> new ProblemView(problem.criterion(), problem.vietnamese()))
                .toList();
        return ResponseEntity.badRequest().body(Map.of("message", e.vietnameseMessage(), "problems", problems));
    }

    @ExceptionHandler(UnknownCatalogException.class)
    ResponseEntity<Map<String, String>> unknown(UnknownCatalogException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Map.of("message", "Không tìm thấy bộ tiêu chí '" + e.id() + "'."));
    }
}
