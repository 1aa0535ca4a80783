package vn.dxflow.report;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code dxflow.report.*}.
 *
 * @param templateDir  folder whose files replace the bundled templates of the same relative name
 *                     ({@code reports/mau-01.html}); read on every render, so edits apply without a restart
 * @param department   the provincial department that verifies dossiers and writes the province's report
 *                     (Sở Khoa học và Công nghệ since the 2025 merger of the Sở Thông tin và Truyền thông)
 */
@ConfigurationProperties("dxflow.report")
record ReportProperties(Path templateDir, String department) {
}
