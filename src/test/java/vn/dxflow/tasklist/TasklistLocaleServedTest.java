package vn.dxflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;

/**
 * The running application serves DXFlow's files at the webjar's paths: the project's vi.json and config.js
 * (src/main/resources/META-INF/resources/webjars/camunda/app/...) win over camunda-webapp-webjar's, and the
 * webjar's other files are still there.
 */
@DxflowSpringTest
class TasklistLocaleServedTest {

    @Autowired
    private TestRestTemplate rest;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tasklist/locales/vi.json",
        "tasklist/scripts/config.js",
        "tasklist/scripts/dxflow-vi-dates.js",
        "welcome/locales/vi.json",
        "welcome/scripts/config.js",
        "welcome/scripts/dxflow-vi.js"
    })
    void servesTheProjectsVersion(String path) {
        ResponseEntity<byte[]> response = rest.getForEntity("/camunda/app/" + path, byte[].class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String served = new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(served).isEqualTo(WebappLocales.project(path));
        if (path.endsWith("config.js")) {
            assertThat(served).isNotEqualTo(WebappLocales.webjar(path)).contains("fallbackLocale: 'vi'");
        } else if (path.endsWith(".js")) {
            assertThat(served).contains("document.documentElement.lang = 'vi';");
        } else {
            assertThat(WebappLocales.json(served).at("/labels/PAGE_LOGIN_SIGN_IN_ACTION").asText()).isEqualTo("Đăng nhập");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "tasklist/locales/en.json",
        "welcome/locales/en.json",
        "tasklist/index.html"
    })
    void webjarFilesAreStillServed(String path) {
        ResponseEntity<String> response = rest.getForEntity("/camunda/app/" + path, String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).isNotBlank();
    }
}
