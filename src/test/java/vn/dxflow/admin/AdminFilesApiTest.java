package vn.dxflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.Campaigns;

/**
 * The calendars and templates the page edits: a calendar is saved only when it passes the campaign file checks
 * and is used at once; templates are saved into the data folder and never outside it.
 */
@DxflowSpringTest
class AdminFilesApiTest {

    private static final String CAMPAIGN = "70-2026";

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private Campaigns campaigns;
    @Value("${dxflow.data-dir}")
    private Path dataDir;

    private AdminApi admin;
    private String original;

    @BeforeEach
    void setUp() {
        admin = new AdminApi(rest, "admin");
        original = admin.get("/api/admin/campaigns/" + CAMPAIGN).getBody();
    }

    @AfterEach
    void restore() throws IOException {
        assertThat(admin.put("/api/admin/campaigns/" + CAMPAIGN, original).getStatusCode()).isEqualTo(HttpStatus.OK);
        Files.deleteIfExists(dataDir.resolve("campaigns").resolve(CAMPAIGN + ".yaml"));
        Files.deleteIfExists(dataDir.resolve("templates/thu-nghiem/mau-thu.html"));
    }

    @Test
    void aCalendarIsReadCheckedSavedAndUsedAtOnce() {
        assertThat(original).contains("id: \"70-2026\"").contains("selfAssessment: 2026-11-01");

        ResponseEntity<String> refused = admin.put("/api/admin/campaigns/" + CAMPAIGN,
                original.replace("appraisal: 2026-11-20", "appraisal: 2026-10-20"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("calendar.appraisal: ngày 2026-10-20 phải sau calendar.selfAssessment");

        assertThat(admin.put("/api/admin/campaigns/" + CAMPAIGN, original.replace("id: \"70-2026\"", "id: \"70-2027\""))
                .getBody()).contains("phải trùng với mã đang sửa");

        String later = original.replace("appraisal: 2026-11-20", "appraisal: 2026-11-25");
        assertThat(admin.put("/api/admin/campaigns/" + CAMPAIGN, later).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(campaigns.get(CAMPAIGN).calendar().deadlines()).containsValue(LocalDate.of(2026, 11, 25));
        assertThat(admin.get("/api/admin/campaigns/" + CAMPAIGN).getBody()).isEqualTo(later);
    }

    @Test
    void templatesAreSavedInTheDataFolderOnly() {
        String path = "thu-nghiem/mau-thu.html";
        assertThat(admin.put("/api/admin/templates/file?path=" + path, "<p>Mẫu 01 – bản thử</p>").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(admin.get("/api/admin/templates").getBody())
                .contains("{\"path\":\"thu-nghiem/mau-thu.html\",\"overridden\":true}");
        assertThat(admin.get("/api/admin/templates/file?path=" + path).getBody()).isEqualTo("<p>Mẫu 01 – bản thử</p>");

        ResponseEntity<String> escape = admin.put("/api/admin/templates/file?path=../campaigns/x.html", "x");
        assertThat(escape.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(escape.getBody()).contains("không có '..'");
        assertThat(new AdminApi(rest, "officer02992").get("/api/admin/templates").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }
}
