package vn.dxflow.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RequestParam;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.security.UnitAccess;

/**
 * Generated reports as PDF downloads: the reports of one assessment (for anyone who may see its unit) and the
 * province's synthesis of a campaign (for the province's people). The PDF is rendered straight into the response;
 * with demo signing enabled, a user can also have a report signed with his demo certificate.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    /** The opinion form's limit for the remark (forms/give-opinion.html). */
    private static final int MAX_REMARK = 4000;

    private final ReportData data;
    private final SynthesisData synthesis;
    private final ReportService reports;
    private final UnitAccess access;
    private final ObjectProvider<DemoSigning> demoSigning;
    private final SignedReports signedReports;
    private final GeneratedReports generated;

    ReportController(ReportData data, SynthesisData synthesis, ReportService reports, UnitAccess access,
            ObjectProvider<DemoSigning> demoSigning, SignedReports signedReports, GeneratedReports generated) {
        this.signedReports = signedReports;
        this.generated = generated;
        this.data = data;
        this.synthesis = synthesis;
        this.reports = reports;
        this.access = access;
        this.demoSigning = demoSigning;
    }

    /**
     * A report of the assessment. {@code opinion} and {@code remark}: a steering-committee member's choice in the
     * opinion form, not yet submitted, for the draft of his or her Mẫu 03.
     */
    @GetMapping("/{processInstanceId}/{kind}")
    void assessmentReport(@PathVariable String processInstanceId, @PathVariable String kind,
            @RequestParam(required = false) String opinion, @RequestParam(required = false) String remark,
            HttpServletResponse response) throws IOException {
        Report report = checkedReport(processInstanceId, kind, viewer(opinion, remark));
        headers(report, response);
        generated.write(processInstanceId, report, response.getOutputStream());
    }

    /** The report signed by the caller with his demo certificate; the signed PDF goes to the caller only. */
    @PostMapping("/{processInstanceId}/{kind}/demo-sign")
    void demoSigned(@PathVariable String processInstanceId, @PathVariable String kind,
            @RequestParam(required = false) String opinion, @RequestParam(required = false) String remark,
            HttpServletResponse response) throws IOException {
        DemoSigning signing = demoSigning.getIfAvailable();
        if (signing == null) {
            throw new ReportNotAvailableException("Chức năng ký số thử nghiệm không được bật.");
        }
        Report report = checkedReport(processInstanceId, kind, viewer(opinion, remark));
        byte[] pdf = generated.render(processInstanceId, report);
        headers(report, response);
        signing.sign(pdf, access.currentUser().userId(), "Ký số thử nghiệm: " + report.kind().title(),
                response.getOutputStream());
    }

    /** A report signed outside DXFlow: verified, stored beside the evidence, recorded in the process. */
    @PostMapping(value = "/{processInstanceId}/{kind}/signed", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> signedUpload(@PathVariable String processInstanceId, @PathVariable String kind,
            @RequestParam MultipartFile file) throws IOException {
        ReportKind checked = checkedKind(processInstanceId, kind);
        try {
            return ResponseEntity.status(HttpStatus.CREATED).body(signedReports.accept(processInstanceId, checked,
                    file.getBytes(), access.currentUser().userId()));
        } catch (SignedReports.RefusedException e) {
            return ResponseEntity.unprocessableEntity().body(Map.of("message", e.getMessage()));
        }
    }

    @GetMapping("/campaigns/{campaignId}/synthesis")
    void synthesis(@PathVariable String campaignId, HttpServletResponse response) throws IOException {
        send(checkedSynthesis(campaignId), response);
    }

    /** The units the synthesis lists as still being assessed, for the form that sends it. */
    @GetMapping("/campaigns/{campaignId}/synthesis/pending")
    List<ProvinceSynthesis.UnitResult> pending(@PathVariable String campaignId) {
        return checkedSynthesis(campaignId).pending();
    }

    private ProvinceSynthesis checkedSynthesis(String campaignId) {
        String province = synthesis.provinceOf(campaignId)
                .orElseThrow(() -> new ReportNotAvailableException("Không tìm thấy đợt đánh giá."));
        access.requireAccessInCampaign(province, campaignId);
        return synthesis.of(campaignId);
    }

    /** The caller, with a draft opinion only in the two forms the opinion form submits (anything else is ignored). */
    private Viewer viewer(String opinion, String remark) {
        boolean known = UnitAssessmentProcess.Values.OPINION_MET.equals(opinion) || "KHONG_DAT_YEU_CAU".equals(opinion);
        String kept = remark == null || remark.isBlank() ? null
                : remark.strip().substring(0, Math.min(remark.strip().length(), MAX_REMARK));
        return new Viewer(access.currentUser().userId(), known ? opinion : null, kept);
    }

    /** The report's data, after the caller has been checked against the assessment's unit. */
    private Report checkedReport(String processInstanceId, String slug, Viewer viewer) {
        return data.of(processInstanceId, checkedKind(processInstanceId, slug), viewer);
    }

    private ReportKind checkedKind(String processInstanceId, String slug) {
        ReportKind kind = ReportKind.fromSlug(slug).filter(k -> k != ReportKind.SYNTHESIS)
                .orElseThrow(() -> new ReportNotAvailableException("Không có loại báo cáo này."));
        AssessmentRecord record = data.record(processInstanceId)
                .orElseThrow(() -> new ReportNotAvailableException("Không tìm thấy hồ sơ đánh giá."));
        access.requireAccessInCampaign(record.unitCode(), record.campaignId());
        return kind;
    }

    private void send(Report report, HttpServletResponse response) throws IOException {
        headers(report, response);
        reports.write(report, response.getOutputStream());
    }

    private static void headers(Report report, HttpServletResponse response) {
        // server.servlet.encoding.force sets UTF-8 on every response; a PDF is binary and takes no charset.
        response.setCharacterEncoding((String) null);
        response.setContentType(MediaType.APPLICATION_PDF_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, PdfDownload.contentDisposition(fileName(report)));
    }

    static String fileName(Report report) {
        return report.title() + ".pdf";
    }

    @ExceptionHandler(ReportNotAvailableException.class)
    ResponseEntity<Map<String, String>> notAvailable(ReportNotAvailableException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
    }
}
