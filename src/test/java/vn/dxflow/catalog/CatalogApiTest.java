package vn.dxflow.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;

/** {@code /api/catalogs} through the whole application: authentication, unit authorization, JSON shapes. */
@DxflowSpringTest
class CatalogApiTest {

    private static final String IMPORTED_ID = "apitest-2099-commune";

    @Autowired
    private TestRestTemplate rest;

    @Value("${dxflow.catalog.dir}")
    private Path catalogDir;

    @AfterEach
    void removeImportedFile() throws IOException {
        Files.deleteIfExists(catalogDir.resolve(IMPORTED_ID + ".yaml"));
    }

    @Test
    void withoutLoginTheCatalogsAreNotShown() {
        ResponseEntity<JsonNode> response = rest.getForEntity("/api/catalogs", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anyUserListsAndReadsCatalogs() {
        TestRestTemplate officer = rest.withBasicAuth("officer25195", "demo");

        // (the import test may have added its own catalog to the shared application)
        JsonNode list = officer.getForObject("/api/catalogs", JsonNode.class);
        assertThat(list.findValuesAsText("id")).contains("binhphuoc-2024-commune", "kontum-2025-commune",
                "kontum-2025-district", "thanhhoa-2023-commune");
        JsonNode kontum = list.get(list.findValuesAsText("id").indexOf("kontum-2025-commune"));
        assertThat(kontum.get("criteria").asInt()).isEqualTo(38);
        assertThat(kontum.get("ruleKind").asText()).isEqualTo("levels");
        assertThat(kontum.get("unitTier").asText()).isEqualTo("COMMUNE");
        assertThat(kontum.get("province").asText()).isEqualTo("Kon Tum");

        JsonNode catalog = officer.getForObject("/api/catalogs/kontum-2025-commune", JsonNode.class);
        JsonNode cqs7 = catalog.get("groups").get(0).get("criteria").get(6);
        assertThat(cqs7.get("code").asText()).isEqualTo("CQS-7");
        assertThat(cqs7.get("levels").get("5").get("kind").asText()).isEqualTo("countMin");
        assertThat(cqs7.get("levels").get("5").get("text").asText()).isEqualTo("Tối thiểu 02 nhân sự");
        assertThat(catalog.get("rule").get("kind").asText()).isEqualTo("levels");

        ResponseEntity<JsonNode> unknown = officer.getForEntity("/api/catalogs/hanoi-2025-commune", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody().get("message").asText())
                .isEqualTo("Không tìm thấy bộ tiêu chí 'hanoi-2025-commune'.");
    }

    @Test
    void theUnitsOfficerEvaluatesItsValues() {
        Map<String, Object> request = Map.of("unitCode", "02947", "targetLevel", 3, "values", Map.of(
                "CQS-1", Map.of("percent", 70),
                "CQS-4", Map.of("yes", true),
                "CQS-7", Map.of("count", 1),
                "KTS-4", Map.of("count", 1, "percent", 100)));

        ResponseEntity<JsonNode> response = rest.withBasicAuth("officer02947", "demo")
                .postForEntity("/api/catalogs/kontum-2025-commune/evaluate", request, JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode assessment = response.getBody();
        assertThat(assessment.get("catalogId").asText()).isEqualTo("kontum-2025-commune");
        assertThat(assessment.get("reachedLevel").asInt()).isZero();
        assertThat(assessment.get("passed").asBoolean()).isFalse();
        assertThat(assessment.get("blocking").toString()).contains("\"CQS-2\"").doesNotContain("\"CQS-1\"");
        JsonNode cqs1 = assessment.get("criteria").get(0);
        assertThat(cqs1.get("code").asText()).isEqualTo("CQS-1");
        assertThat(cqs1.get("outcome").asText()).isEqualTo("MET");
        assertThat(cqs1.get("label").asText()).isEqualTo("Đạt");
        assertThat(cqs1.get("levels").get("4").asText()).isEqualTo("NOT_MET");
        assertThat(assessment.get("tally").get("met").asInt()).isEqualTo(4);
    }

    @Test
    void appraisalShowsBothSides() {
        Map<String, Object> request = Map.of("unitCode", "25195",
                "selfAssessed", Map.of("CQS-1", Map.of("percent", 60)),
                "appraised", Map.of("CQS-1", Map.of("percent", 59.99)));

        JsonNode appraisal = rest.withBasicAuth("officer25195", "demo")
                .postForObject("/api/catalogs/binhphuoc-2024-commune/appraise", request, JsonNode.class);

        assertThat(appraisal.get("selfAssessed").get("criteria").get(0).get("outcome").asText()).isEqualTo("MET");
        assertThat(appraisal.get("appraised").get("criteria").get(0).get("outcome").asText()).isEqualTo("NOT_MET");
        assertThat(appraisal.get("appraised").get("mandatory").get("counted").asInt()).isEqualTo(33);
        assertThat(appraisal.get("differing").toString()).isEqualTo("[\"CQS-1\"]");
    }

    @Test
    void evaluatingAnotherUnitIsForbidden() {
        Map<String, Object> request = Map.of("unitCode", "25195", "values", Map.of());
        ResponseEntity<JsonNode> response = rest.withBasicAuth("officer02947", "demo")
                .postForEntity("/api/catalogs/kontum-2025-commune/evaluate", request, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("message").asText())
                .isEqualTo("Bạn không có quyền truy cập dữ liệu của đơn vị này.");
    }

    @Test
    void invalidValuesAreAnsweredInVietnameseWithTheCriterion() {
        Map<String, Object> request = Map.of("unitCode", "02947", "values", Map.of("CQS-1", Map.of("percent", 120)));
        ResponseEntity<JsonNode> response = rest.withBasicAuth("officer02947", "demo")
                .postForEntity("/api/catalogs/kontum-2025-commune/evaluate", request, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText()).isEqualTo(
                "Số liệu không hợp lệ: Tiêu chí CQS-1: tỷ lệ 120% không nằm trong khoảng 0 đến 100");
        assertThat(response.getBody().get("problems").get(0).get("criterion").asText()).isEqualTo("CQS-1");
    }

    @Test
    void unreadableValuesAndUnknownUnitsAreAnsweredWith400() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> malformed = rest.withBasicAuth("officer02947", "demo").postForEntity(
                "/api/catalogs/kontum-2025-commune/evaluate",
                new HttpEntity<>("{\"unitCode\": \"02947\", \"values\": {\"CQS-1\": {\"percent\": \"bảy mươi\"}}}",
                        headers), JsonNode.class);
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getBody().get("message").asText()).startsWith("Nội dung gửi lên không đúng định dạng");

        ResponseEntity<JsonNode> unknownUnit = rest.withBasicAuth("admin", "demo").postForEntity(
                "/api/catalogs/kontum-2025-commune/evaluate", Map.of("unitCode", "99999"), JsonNode.class);
        assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownUnit.getBody().get("message").asText())
                .isEqualTo("Đơn vị không hợp lệ: không có đơn vị mã 99999");
    }

    @Test
    void aCommuneIsNotScoredWithTheDistrictCatalog() {
        Map<String, Object> request = Map.of("unitCode", "02947", "values", Map.of());
        ResponseEntity<JsonNode> response = rest.withBasicAuth("officer02947", "demo")
                .postForEntity("/api/catalogs/kontum-2025-district/evaluate", request, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText())
                .contains("bộ tiêu chí kontum-2025-district dành cho cấp huyện, còn Thị trấn Phố Ràng là đơn vị cấp xã");
    }

    @Test
    void onlyAdministratorsExportAndImport() {
        ResponseEntity<String> refused = rest.withBasicAuth("officer02947", "demo")
                .getForEntity("/api/catalogs/kontum-2025-commune/export", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        TestRestTemplate admin = rest.withBasicAuth("admin", "demo");
        ResponseEntity<String> exported = admin.getForEntity("/api/catalogs/kontum-2025-commune/export", String.class);
        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exported.getHeaders().getContentType().toString()).startsWith("application/yaml");
        assertThat(exported.getBody()).contains("id: kontum-2025-commune").contains("name: Kết nối");

        String edited = exported.getBody().replace("id: kontum-2025-commune", "id: " + IMPORTED_ID);
        ResponseEntity<JsonNode> imported = admin.postForEntity("/api/catalogs/import", yaml(edited), JsonNode.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody().get("id").asText()).isEqualTo(IMPORTED_ID);
        assertThat(catalogDir.resolve(IMPORTED_ID + ".yaml")).exists();
        assertThat(admin.getForEntity("/api/catalogs/" + IMPORTED_ID, JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<JsonNode> officerImport = rest.withBasicAuth("officer02947", "demo")
                .postForEntity("/api/catalogs/import", yaml(edited), JsonNode.class);
        assertThat(officerImport.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anInvalidImportIsRefusedWithTheCriterionNamed() {
        TestRestTemplate admin = rest.withBasicAuth("admin", "demo");
        String exported = admin.getForObject("/api/catalogs/kontum-2025-commune/export", String.class);
        String broken = exported.replace("id: kontum-2025-commune", "id: " + IMPORTED_ID)
                .replace("code: CQS-2\n", "code: CQS-1\n");

        ResponseEntity<JsonNode> response = admin.postForEntity("/api/catalogs/import", yaml(broken), JsonNode.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().get("message").asText())
                .isEqualTo("Bộ tiêu chí không hợp lệ: Tiêu chí CQS-1: mã tiêu chí bị trùng");
        assertThat(catalogDir.resolve(IMPORTED_ID + ".yaml")).doesNotExist();
    }

    private static HttpEntity<String> yaml(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("application/yaml;charset=UTF-8"));
        return new HttpEntity<>(body, headers);
    }
}
