package vn.dxflow.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.springframework.stereotype.Service;

/**
 * Renders a report's data to a PDF/A document from its template. Callers that store the document (CMIS) or
 * send it (HTTP) pass their stream to {@link #write}; nothing is kept here or in process variables.
 */
@Service
public class ReportService {

    private final ReportTemplates templates;
    private final PdfA pdf;

    ReportService(ReportProperties properties) {
        this.templates = new ReportTemplates(properties.templateDir());
        this.pdf = new PdfA();
    }

    public void write(Report report, OutputStream out) {
        pdf.write(templates.html(report), out);
    }

    public byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(report, out);
        return out.toByteArray();
    }
}
