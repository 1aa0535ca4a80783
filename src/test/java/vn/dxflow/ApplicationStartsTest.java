package vn.dxflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The default run on H2: engine, demo organisation, webapps and health endpoint. */
@DxflowSpringTest
class ApplicationStartsTest {

    @Autowired
    private IdentityService identity;
    @Autowired
    private TestRestTemplate rest;

    @Test
    void demoOrganisationIsLoaded() {
        DemoData.assertLoaded(identity);
    }

    @Test
    void webappsAndHealthAnswer() {
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/camunda/app/cockpit/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
    }

    @Test
    void logFileIsStructuredJson() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("target/test-data/logs/dxflow.log"));
        JsonNode synchronised = new ObjectMapper().readTree(lines.stream()
                .filter(line -> line.contains("Organisation synchronised")).findFirst().orElseThrow());

        assertThat(synchronised.get("@timestamp").asText()).isNotEmpty();
        assertThat(synchronised.at("/log/level").asText()).isEqualTo("INFO");
        assertThat(synchronised.get("message").asText()).startsWith("Organisation synchronised: 25 units");
    }
}
