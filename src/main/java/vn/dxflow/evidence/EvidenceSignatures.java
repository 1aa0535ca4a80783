package vn.dxflow.evidence;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.dxflow.signature.DocumentReport;
import vn.dxflow.signature.Indication;
import vn.dxflow.signature.PdfSignatureVerifier;

/**
 * Verifies the signatures of an uploaded PDF before it is stored (BRIEF section 6), and refuses an unsigned or
 * invalidly signed document where the campaign requires signed evidence. An undecidable verdict (INDETERMINATE,
 * e.g. revocation unreachable) is stored and shown, not refused: the appraisal council sees it.
 */
@Component
class EvidenceSignatures {

    /** The stored verdict; all null for a file that is no PDF. */
    record Verdict(String indication, String subIndication, String report) {
        static final Verdict NONE = new Verdict(null, null, null);
        /** Length of evidence_document.signature_report. */
        private static final int REPORT_COLUMN = 4000;

        Verdict {
            if (report != null && report.length() > REPORT_COLUMN) {
                report = report.substring(0, REPORT_COLUMN - 1) + "…";
            }
        }
    }

    private static final String PDF = "application/pdf";

    private final PdfSignatureVerifier verifier;
    private final ObjectProvider<EvidencePolicy> policy;

    EvidenceSignatures(PdfSignatureVerifier verifier, ObjectProvider<EvidencePolicy> policy) {
        this.verifier = verifier;
        this.policy = policy;
    }

    Verdict check(String unitCode, int year, CheckedFile file, Path content) throws IOException {
        boolean required = file.kind() == EvidenceKind.DOCUMENT
                && policy.stream().anyMatch(p -> p.signedDocumentsRequired(unitCode, year));
        if (!PDF.equals(file.mediaType())) {
            if (required) {
                throw new EvidenceRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, "Đợt đánh giá này yêu cầu tài liệu "
                        + "minh chứng là bản PDF có ký số (trừ video, hình ảnh, âm thanh).",
                        "Signed PDF required, got " + file.mediaType());
            }
            return Verdict.NONE;
        }
        // Documents are at most the document size limit (50 MB by default); PDF parsing needs random access. Read
        // through FileInputStream: Files.readAllBytes reads in one call through a temporary direct buffer of the
        // file's size, which the JDK then keeps per thread (a 50 MB PDF at -Xmx256m ran out of direct memory).
        byte[] pdf;
        try (FileInputStream in = new FileInputStream(content.toFile())) {
            pdf = in.readAllBytes();
        }
        DocumentReport report = verifier.verify(pdf);
        if (required && (report.signatures().isEmpty() || report.indication() == Indication.TOTAL_FAILED)) {
            throw new EvidenceRejectedException(HttpStatus.UNPROCESSABLE_ENTITY, report.signatures().isEmpty()
                    ? "Đợt đánh giá này yêu cầu tài liệu minh chứng có ký số, nhưng tệp PDF chưa được ký số."
                    : "Chữ ký số của tài liệu không hợp lệ. " + report.report(),
                    "Evidence signature " + report.indication() + " " + report.subIndication());
        }
        return new Verdict(report.indication().name(),
                report.subIndication() == null ? null : report.subIndication().name(), report.report());
    }
}
