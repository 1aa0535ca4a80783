package vn.dxflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.evidence.server.EmbeddedCmisServer;

/** The production profile against a real PostgreSQL server (started by .ci/run in CI). */
@ExtendWith(PostgresConfigured.class)
@SpringBootTest(classes = DxflowApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dxflow.data-dir=target/test-data-postgres", "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
class PostgresApplicationTest {

    /** The repository the nodes share: with the postgres profile DXFlow refuses a per-node embedded store. */
    private static final EmbeddedCmisServer SHARED_CMIS = new EmbeddedCmisServer(
            Path.of("target/test-data-postgres/shared-cmis"), 0, "dxflow", "dxflow", "shared-secret");

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SHARED_CMIS.start();
        registry.add("DXFLOW_CMIS_URL", SHARED_CMIS::browserUrl);
        registry.add("DXFLOW_CMIS_PASSWORD", SHARED_CMIS::password);
        // The same variables production sets, so application-postgres.yml itself is what is tested.
        registry.add("DXFLOW_DB_URL", () -> System.getenv(PostgresConfigured.URL));
        registry.add("DXFLOW_DB_USER", () -> System.getenv("DXFLOW_TEST_PG_USER"));
        registry.add("DXFLOW_DB_PASSWORD", () -> System.getenv("DXFLOW_TEST_PG_PASSWORD"));
        // The demo organisation is asked for explicitly: the postgres profile has no demo users by default.
        registry.add("DXFLOW_DEMO_USERS", () -> "true");
        registry.add("DXFLOW_UNITS_FILE", () -> "classpath:org/example-before-reform.csv");
        registry.add("DXFLOW_ADMIN_PASSWORD", () -> "demo");
    }

    @AfterAll
    static void stopCmis() {
        SHARED_CMIS.stop();
    }

    @Autowired
    private DataSource dataSource;
    @Autowired
    private IdentityService identity;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private TestRestTemplate rest;

    @Test
    void runsOnPostgresWithDemoDataAndWebapps() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
        DemoData.assertLoaded(identity);
        assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("officer02947", "demo").getForObject("/api/me", String.class))
                .contains("Thị trấn Phố Ràng");
    }

    /** The evidence write rule's native query (task, candidate group, campaign) on PostgreSQL's dialect. */
    @Test
    void evidenceIsTakenWhileTheUnitSelfAssessesOnly() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2024-11-01T01:00:00Z")));
        try {
            runtime.startProcessInstanceByKey(UnitAssessmentProcess.KEY, Map.of(
                    UnitAssessmentProcess.Variables.CAMPAIGN_ID, "10-2024", UnitAssessmentProcess.Variables.UNIT_CODE, "02992"));
            assertThat(upload("officer02992", "02992").getStatusCode().value()).isEqualTo(201);
            assertThat(upload("officer02989", "02989").getStatusCode().value()).as("no assessment of 02989 is open")
                    .isEqualTo(409);
        } finally {
            ClockUtil.reset();
        }
    }

    private ResponseEntity<String> upload(String user, String unit) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return rest.withBasicAuth(user, "demo").postForEntity("/api/evidence?unit={unit}&year=2024&criterion=1.1"
                + "&name={name}", new HttpEntity<>(TestUploads.png(), headers), String.class, unit,
                "Ảnh " + System.nanoTime() + ".png");
    }
}
