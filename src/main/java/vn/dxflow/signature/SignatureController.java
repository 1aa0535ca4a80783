package vn.dxflow.signature;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/signatures/verify} (multipart, part "file", optional "at" validation time such as
 * 2024-11-20T10:00:00+07:00): the verdict and Vietnamese report for an uploaded PDF, for forms that check a signed
 * document before submitting it. Authentication is the /api filter's.
 */
@RestController
@RequestMapping("/api/signatures")
class SignatureController {

    private final PdfSignatureVerifier verifier;

    SignatureController(PdfSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/verify")
    DocumentReport verify(@RequestParam("file") MultipartFile file, @RequestParam(name = "at", required = false) String at) {
        Instant validationTime = at == null || at.isBlank() ? null : ValidationTime.parse(at);
        byte[] pdf;
        try {
            pdf = file.getBytes();
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "upload unreadable", e);
        }
        return validationTime == null ? verifier.verify(pdf) : verifier.verify(pdf, SignerRule.ANYONE, validationTime);
    }

    @ExceptionHandler(ValidationTime.Invalid.class)
    ResponseEntity<Map<String, String>> invalidTime(ValidationTime.Invalid e) {
        return ResponseEntity.badRequest().body(Map.of("message", e.getMessage()));
    }
}
