package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class Mau01RenderingTest {

    @Test
    void renders() throws Exception {
        ReportService service = new ReportService(new ReportProperties(Path.of("target/no-templates"), "Sở Khoa học và Công nghệ"));
        byte[] pdf = service.render(SampleReports.selfAssessment());
        Files.createDirectories(Path.of("target/reports"));
        Files.write(Path.of("target/reports/mau-01.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            System.out.println("PAGES " + doc.getNumberOfPages());
            System.out.println(s.getText(doc));
        }
        assertThat(pdf).isNotEmpty();
    }
}
