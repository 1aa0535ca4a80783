package vn.dxflow.evidence;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.security.UnitAccess;

/**
 * Evidence API for the task forms. Every request is checked with {@link UnitAccess} against the unit of the
 * stored document (from DXFlow's index, never from the request alone), so guessing another commune's id gives 403;
 * uploads and deletions also with the {@link EvidenceWriteRule} (the unit's officers, while their step is open).
 */
@RestController
@RequestMapping("/api/evidence")
class EvidenceController {

    /** Types a browser shows itself without running anything of the page's origin. */
    private static final java.util.Set<String> VIEWABLE = java.util.Set.of("application/pdf", "image/png", "image/jpeg");

    private final EvidenceStore store;
    private final UnitAccess access;
    private final EvidenceWriteRule writers;

    EvidenceController(EvidenceStore store, UnitAccess access, EvidenceWriteRule writers) {
        this.store = store;
        this.access = access;
        this.writers = writers;
    }

    /**
     * The file is the request body itself (any content type but a form): it streams to the repository, or through
     * one private temporary file for documents, with no multipart copy on the way. The name comes as a parameter.
     */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceDocument upload(@RequestParam String unit, @RequestParam int year, @RequestParam String criterion,
                            @RequestParam String name, HttpServletRequest request) throws IOException {
        access.requireAccessInYear(unit, year);
        writers.requireWriter(unit, year);
        return store.upload(unit, year, criterion, access.currentUser().userId(), new RequestBodyUpload(name, request));
    }

    @GetMapping
    List<EvidenceDocument> list(@RequestParam String unit, @RequestParam int year,
                                @RequestParam(required = false) String criterion) {
        access.requireAccessInYear(unit, year);
        return store.list(unit, year, criterion);
    }

    @GetMapping("/{id}")
    EvidenceDocument get(@PathVariable String id) {
        return accessible(id);
    }

    @GetMapping("/{id}/versions")
    List<EvidenceVersion> versions(@PathVariable String id) {
        return store.versions(accessible(id));
    }

    /**
     * Streams the newest version; the RFC 5987 {@code filename*} keeps Vietnamese names intact. With
     * {@code inline=true} a PDF or picture opens in the browser (the appraiser reads evidence without saving it);
     * any other type is still a download.
     */
    @GetMapping("/{id}/content")
    void download(@PathVariable String id, @RequestParam(defaultValue = "false") boolean inline,
                  HttpServletResponse response) throws IOException {
        EvidenceDocument document = accessible(id);
        boolean shown = inline && VIEWABLE.contains(document.mediaType());
        try (InputStream in = store.openContent(document)) {
            // The application forces UTF-8 on every response; binary content must not be labelled with a charset.
            response.setCharacterEncoding((String) null);
            response.setContentType(document.mediaType());
            response.setContentLengthLong(document.size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (shown ? "inline" : "attachment") + "; filename=\""
                    + FileNames.asciiFallback(document.fileName()) + "\"; filename*=UTF-8''"
                    + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
            // Uploaded content must never be interpreted as another type by the browser.
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String id) {
        EvidenceDocument document = accessible(id);
        writers.requireWriter(document.unitCode(), document.year());
        store.delete(document, access.currentUser().userId());
    }

    /** Re-hashes every document of the dossier and reports differences from the recorded SHA-256. */
    @GetMapping("/dossiers/{unit}/{year}/integrity")
    IntegrityReport integrity(@PathVariable String unit, @PathVariable int year) {
        access.requireAccessInYear(unit, year);
        return store.verify(unit, year);
    }

    private EvidenceDocument accessible(String id) {
        EvidenceDocument document = store.find(id).orElseThrow(() -> new EvidenceRejectedException(
                HttpStatus.NOT_FOUND, "Không tìm thấy tài liệu minh chứng.", "No evidence document " + id));
        access.requireAccessInYear(document.unitCode(), document.year());
        return document;
    }
}
