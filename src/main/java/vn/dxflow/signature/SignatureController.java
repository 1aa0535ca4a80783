package vn.dxflow.signature;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code POST /api/signatures/verify} (multipart, part "file"): the verdict and Vietnamese report for an uploaded PDF,
 * for forms that check a signed document before submitting it. Authentication is the /api filter's.
 */
@RestController
@RequestMapping("/api/signatures")
class SignatureController {

    private final PdfSignatureVerifier verifier;

    SignatureController(PdfSignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/verify")
    DocumentReport verify(@RequestParam("file") MultipartFile file) {
        try {
            return verifier.verify(file.getBytes());
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "upload unreadable", e);
        }
    }
}
