package vn.dxflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator changes a template by saving a file of the same name in the override folder
 * (dxflow.report.template-dir): the next report uses it, without rebuild or restart, although parsed templates
 * are cached; editing it again applies the new version; removing it brings the bundled template back.
 */
class TemplateOverrideTest {

    @TempDir
    Path overrides;

    private static String bundled(String name) throws Exception {
        try (InputStream in = TemplateOverrideTest.class.getClassLoader().getResourceAsStream("templates/reports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aTemplateSavedInTheFolderReplacesTheBundledOneUntilRemoved() throws Exception {
        ReportService service = new ReportService(new ReportProperties(overrides, "Sở Khoa học và Công nghệ"));
        Report opinion = SampleReports.review(ReportKind.MAU_03);
        assertThat(Pdfs.text(service.render(opinion))).contains("V. Đề xuất, kiến nghị");

        Path edited = overrides.resolve("reports/mau-03.html");
        Files.createDirectories(edited.getParent());
        Files.writeString(edited, bundled("mau-03.html")
                .replace("V. Đề xuất, kiến nghị", "V. Kiến nghị của thành viên Ban Chỉ đạo"));
        assertThat(Pdfs.text(service.render(opinion)))
                .contains("V. Kiến nghị của thành viên Ban Chỉ đạo").doesNotContain("V. Đề xuất, kiến nghị");

        FileTime firstVersion = Files.getLastModifiedTime(edited);
        Files.writeString(edited, bundled("mau-03.html").replace("V. Đề xuất, kiến nghị", "V. Ý kiến bổ sung"));
        Files.setLastModifiedTime(edited, FileTime.fromMillis(firstVersion.toMillis() + 1000));
        assertThat(Pdfs.text(service.render(opinion)))
                .contains("V. Ý kiến bổ sung").doesNotContain("V. Kiến nghị của thành viên Ban Chỉ đạo");

        Files.delete(edited);
        assertThat(Pdfs.text(service.render(opinion))).contains("V. Đề xuất, kiến nghị");
    }

    @Test
    void anEditedLayoutChangesEveryReport() throws Exception {
        ReportService service = new ReportService(new ReportProperties(overrides, "Sở Khoa học và Công nghệ"));
        assertThat(Pdfs.text(service.render(SampleReports.decision()))).doesNotContain("Nơi nhận văn bản:");
        Path layout = overrides.resolve("reports/layout.html");
        Files.createDirectories(layout.getParent());
        Files.writeString(layout, bundled("layout.html").replace("Nơi nhận:", "Nơi nhận văn bản:"));

        assertThat(Pdfs.text(service.render(SampleReports.selfAssessment()))).contains("Nơi nhận văn bản:");
        assertThat(Pdfs.text(service.render(SampleReports.decision()))).contains("Nơi nhận văn bản:");
    }
}
