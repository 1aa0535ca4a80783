package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import jakarta.ws.rs.Path;
import org.camunda.bpm.engine.TaskService;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.TestUploads;
import vn.dxflow.cycle.CycleDriver;
import vn.dxflow.cycle.OpenDossiers;
import vn.dxflow.cycle.UnitAssessmentProcess;
import vn.dxflow.evidence.EvidenceStore;
import vn.dxflow.evidence.UploadContent;

/**
 * Every endpoint of DXFlow's API (read from Spring's handler mappings) and the Camunda REST resources officials
 * reach, called by every role of the unit under test (Thị trấn Phố Ràng, 02947), of another commune of the same
 * district, of the district and the province above, of another province, anonymously and as administrator; each
 * answer is compared with the one this table expects. An endpoint without a row here, or a Camunda root resource
 * without a rule, fails the build: a new way in is decided before it ships.
 */
@DxflowSpringTest
class EndpointAccessMatrixTest {

    private static final String ANONYMOUS = "(anonymous)";
    private static final String UNIT = "02947";
    /** A criterion of the catalog the unit is assessed with (catalogs/kontum-2025-commune.yaml): evidence must name one. */
    private static final String CRITERION = "CQS-1";
    /** The roles, in the table's column order. */
    static final List<String> USERS = List.of(ANONYMOUS,
            "officer02947", "chairman02947",                                           // the unit itself
            "officer02992", "chairman02992",                                           // another commune, same district
            "officer087", "chairman087", "receiving087", "appraisal087",               // the district above
            "chairman10", "receiving10", "appraisal10", "steering10", "department10",  // the province above
            "officer25195", "chairman70", "receiving70", "appraisal70", "steering70", "department70", // another province
            "admin");
    /** Who may read the unit's work: the unit, the supervising roles above it, administrators (org/UnitAccessRule). */
    private static final Set<String> READERS = Set.of("officer02947", "chairman02947", "chairman087", "receiving087",
            "appraisal087", "chairman10", "receiving10", "appraisal10", "steering10", "department10", "admin");
    private static final Set<String> PROVINCE_10 = Set.of("chairman10", "receiving10", "appraisal10", "steering10",
            "department10", "admin");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ResourceConfig camundaRest;
    @Autowired
    OpenDossiers dossiers;
    @Autowired
    CycleDriver cycle;
    @Autowired
    TaskService tasks;
    @Autowired
    EvidenceStore evidence;

    private final HttpClient http = HttpClient.newHttpClient();
    /** The unit's assessment waiting for its self-assessment, and one being appraised. */
    private String selfAssessing;
    private String appraising;
    private String taskOfUnit;
    private String document;

    @BeforeEach
    void fixtures() {
        selfAssessing = dossiers.selfAssessing(UNIT, 2034);
        appraising = dossiers.selfAssessing(UNIT, 2035);
        if (tasks.createTaskQuery().processInstanceId(appraising)
                .taskDefinitionKey(UnitAssessmentProcess.Elements.APPRAISE).count() == 0) {
            cycle.selfAssess(appraising, "officer" + UNIT, "kontum-2025-commune", 1);
        }
        taskOfUnit = tasks.createTaskQuery().processInstanceId(selfAssessing).singleResult().getId();
        document = storedDocument();
    }

    /** What one user gets: a status per user, the same for everyone not named. */
    private record Expected(Map<String, Integer> statuses) {

        int of(String user) {
            return statuses.get(user);
        }
    }

    /** One request of the table: method, address, body, and what each user gets. */
    private record Row(String method, String path, Supplier<Body> body, Expected expected) {
    }

    private record Body(String contentType, byte[] content) {
    }

    // ---- expectations

    /** Every authenticated user gets {@code status}. */
    private static Expected anyone(int status) {
        return expect(user -> status);
    }

    /** Who may read the unit gets {@code status}, everyone else 403. */
    private static Expected readers(int status) {
        return expect(user -> READERS.contains(user) ? status : 403);
    }

    /** The province's own people and administrators get {@code status}, everyone else 403. */
    private static Expected provinceTen(int status) {
        return expect(user -> PROVINCE_10.contains(user) ? status : 403);
    }

    /** The given user gets {@code status} (the write rule lets him through to the content checks), all others 403. */
    private static Expected only(String owner, int status) {
        return expect(user -> user.equals(owner) ? status : 403);
    }

    private static Expected admins(int status) {
        return only("admin", status);
    }

    /** DXFlow's API refuses an anonymous caller with 401, whatever the row. */
    private static Expected expect(Function<String, Integer> authenticated) {
        Map<String, Integer> statuses = new LinkedHashMap<>();
        USERS.forEach(user -> statuses.put(user, user.equals(ANONYMOUS) ? 401 : authenticated.apply(user)));
        return new Expected(statuses);
    }

    /** Exceptions to an expectation, user by user. */
    private static Expected except(Expected base, Object... userThenStatus) {
        Map<String, Integer> statuses = new LinkedHashMap<>(base.statuses());
        for (int i = 0; i < userThenStatus.length; i += 2) {
            statuses.put((String) userThenStatus[i], (Integer) userThenStatus[i + 1]);
        }
        return new Expected(statuses);
    }

    // ---- the table

    /** DXFlow's API: each handler mapping ("GET /api/units/{code}") with its requests. */
    private Map<String, List<Row>> dxflowTable() {
        String a = selfAssessing;
        String b = appraising;
        Map<String, List<Row>> table = new LinkedHashMap<>();
        add(table, "GET /api/me", get("/api/me", anyone(200)));
        add(table, "GET /api/units", get("/api/units", anyone(200)));
        add(table, "GET /api/units/{code}", get("/api/units/" + UNIT, readers(200)));
        add(table, "GET /api/units/{code}/recognitions", get("/api/units/" + UNIT + "/recognitions", readers(200)));
        add(table, "GET /api/catalogs", get("/api/catalogs", anyone(200)));
        add(table, "GET /api/catalogs/{id}", get("/api/catalogs/kontum-2025-commune", anyone(200)));
        add(table, "POST /api/catalogs/{id}/evaluate", json("POST", "/api/catalogs/kontum-2025-commune/evaluate",
                "{\"unitCode\":\"" + UNIT + "\",\"values\":{}}", readers(200)));
        add(table, "POST /api/catalogs/{id}/appraise", json("POST", "/api/catalogs/kontum-2025-commune/appraise",
                "{\"unitCode\":\"" + UNIT + "\",\"selfAssessed\":{},\"appraised\":{}}", readers(200)));
        add(table, "GET /api/catalogs/{id}/export", get("/api/catalogs/kontum-2025-commune/export", admins(200)));
        // An invalid file: the administrator passes the access rule and gets the file's problems, nothing changes.
        add(table, "POST /api/catalogs/import", new Row("POST", "/api/catalogs/import",
                () -> new Body("application/yaml", "id: ''\n".getBytes(StandardCharsets.UTF_8)), admins(400)));
        add(table, "GET /api/campaigns", get("/api/campaigns", anyone(200)));
        add(table, "POST /api/campaigns/{id}/open", new Row("POST", "/api/campaigns/99-2099/open", null, admins(404)));
        add(table, "GET /api/assessments/{processInstanceId}", get("/api/assessments/" + a, readers(200)));
        add(table, "GET /api/dossiers/{processInstanceId}", get("/api/dossiers/" + a, readers(200)));
        add(table, "GET /api/assessments/{processInstanceId}/opinions", get("/api/assessments/" + a + "/opinions",
                readers(200)));
        add(table, "PUT /api/assessments/{processInstanceId}/self-assessed",
                json("PUT", "/api/assessments/" + a + "/self-assessed", "{}", only("officer" + UNIT, 204)));
        add(table, "PUT /api/assessments/{processInstanceId}/appraised",
                json("PUT", "/api/assessments/" + b + "/appraised", "{}", only("appraisal087", 204)));
        // Verification has not come: the department gets 409, everyone else 403.
        add(table, "PUT /api/assessments/{processInstanceId}/verified",
                json("PUT", "/api/assessments/" + b + "/verified", "{}", only("department10", 409)));
        add(table, "GET /api/evidence", get("/api/evidence?unit=" + UNIT + "&year=2034", readers(200)));
        add(table, "POST /api/evidence", new Row("POST", "/api/evidence?unit=" + UNIT + "&year=2034&criterion="
                + CRITERION + "&name=anh-" + UUID.randomUUID() + ".png", () -> new Body("image/png", TestUploads.png()),
                only("officer" + UNIT, 201)));
        add(table, "GET /api/evidence/{id}", get("/api/evidence/" + document, readers(200)));
        add(table, "GET /api/evidence/{id}/versions", get("/api/evidence/" + document + "/versions", readers(200)));
        add(table, "GET /api/evidence/{id}/content", get("/api/evidence/" + document + "/content", readers(200)));
        // A document of its own for every caller: the one who may delete it does.
        add(table, "DELETE /api/evidence/{id}", new Row("DELETE", null, null, only("officer" + UNIT, 204)));
        add(table, "GET /api/evidence/dossiers/{unit}/{year}/integrity",
                get("/api/evidence/dossiers/" + UNIT + "/2034/integrity", readers(200)));
        add(table, "GET /api/reports/{processInstanceId}/{kind}", get("/api/reports/" + a + "/mau-01", readers(200)));
        add(table, "POST /api/reports/{processInstanceId}/{kind}/demo-sign",
                new Row("POST", "/api/reports/" + a + "/mau-01/demo-sign", null, readers(200)));
        // Not a signed PDF: whoever holds the step gets past the write rule to the verdict (422).
        Supplier<Body> notSigned = () -> multipart(Map.of(), "da-ky.pdf", "%PDF-1.7 chưa ký".getBytes(StandardCharsets.UTF_8));
        add(table, "POST /api/reports/{processInstanceId}/{kind}/signed",
                new Row("POST", "/api/reports/" + a + "/mau-01/signed", notSigned, only("officer" + UNIT, 422)),
                new Row("POST", "/api/reports/" + b + "/mau-02/signed", notSigned, only("appraisal087", 422)),
                // Steps this campaign does not have, or that have not come: their role gets 409.
                new Row("POST", "/api/reports/" + b + "/mau-03/signed", notSigned, only("steering10", 409)),
                new Row("POST", "/api/reports/" + b + "/mau-04/signed", notSigned, only("department10", 409)),
                new Row("POST", "/api/reports/" + b + "/quyet-dinh/signed", notSigned, only("chairman087", 409)));
        add(table, "GET /api/reports/campaigns/{campaignId}/synthesis",
                get("/api/reports/campaigns/10-2034-test/synthesis", provinceTen(200)));
        add(table, "GET /api/reports/campaigns/{campaignId}/synthesis/pending",
                get("/api/reports/campaigns/10-2034-test/synthesis/pending", provinceTen(200)));
        add(table, "POST /api/signatures/verify", new Row("POST", "/api/signatures/verify", notSigned, anyone(200)));
        add(table, "GET /api/admin/session", get("/api/admin/session", admins(200)));
        add(table, "POST /api/admin/evidence/reconcile", new Row("POST", "/api/admin/evidence/reconcile", null,
                admins(200)));
        add(table, "GET /api/admin/login-blocks", get("/api/admin/login-blocks", admins(200)));
        // Everyone's own notifications only: another's (or none) is not found.
        add(table, "GET /api/notifications", get("/api/notifications", anyone(200)));
        add(table, "POST /api/notifications/{id}/read", new Row("POST", "/api/notifications/999999999/read", null, anyone(404)));
        add(table, "POST /api/notifications/read", new Row("POST", "/api/notifications/read", null, anyone(204)));
        add(table, "PUT /api/notifications/settings", json("PUT", "/api/notifications/settings", "{\"emailMuted\": false}",
                anyone(200)));
        add(table, "GET /api/admin/mail-outbox", get("/api/admin/mail-outbox", admins(200)));
        add(table, "GET /api/admin/models", get("/api/admin/models", admins(200)));
        add(table, "POST /api/admin/models/validate", new Row("POST", "/api/admin/models/validate",
                () -> new Body("text/xml", "<kh\u00f4ng-ph\u1ea3i-bpmn/>".getBytes(StandardCharsets.UTF_8)), admins(422)));
        add(table, "POST /api/admin/models/deploy", new Row("POST", "/api/admin/models/deploy",
                () -> new Body("text/xml", "<x/>".getBytes(StandardCharsets.UTF_8)), admins(422)));
        add(table, "GET /api/admin/models/{key}/versions", get("/api/admin/models/UnitAssessment/versions", admins(200)));
        add(table, "GET /api/admin/models/{key}/versions/{version}/xml",
                get("/api/admin/models/UnitAssessment/versions/1/xml", admins(200)));
        add(table, "GET /api/admin/models/{key}/diff", get("/api/admin/models/UnitAssessment/diff?from=1&to=1", admins(200)));
        add(table, "POST /api/admin/models/{key}/rollback",
                new Row("POST", "/api/admin/models/UnitAssessment/rollback?toVersion=999", null, admins(422)));
        add(table, "GET /api/admin/models/{key}/migration",
                get("/api/admin/models/UnitAssessment/migration?from=1&to=1", admins(200)));
        add(table, "POST /api/admin/models/{key}/migration", json("POST", "/api/admin/models/UnitAssessment/migration",
                "{\"fromVersion\":999,\"toVersion\":999,\"instanceIds\":[]}", admins(422)));
        add(table, "GET /api/admin/campaigns", get("/api/admin/campaigns", admins(200)));
        add(table, "GET /api/admin/campaigns/{id}", get("/api/admin/campaigns/10-2026", admins(200)));
        add(table, "PUT /api/admin/campaigns/{id}", new Row("PUT", "/api/admin/campaigns/10-2026",
                () -> new Body("text/plain", "id: [\n".getBytes(StandardCharsets.UTF_8)), admins(422)));
        add(table, "GET /api/admin/templates", get("/api/admin/templates", admins(200)));
        add(table, "GET /api/admin/templates/file", get("/api/admin/templates/file?path=reports/mau-01.html", admins(200)));
        add(table, "PUT /api/admin/templates/file", new Row("PUT", "/api/admin/templates/file?path=../ngoai.html",
                () -> new Body("text/plain", "<p/>".getBytes(StandardCharsets.UTF_8)), admins(422)));
        return table;
    }

    /**
     * Camunda's REST API as officials reach it: their own tasks and instances, never another unit's; notes only on
     * the tasks they work on; counts across units only for administrators; deployments and model XML as Camunda
     * authorizes them. Camunda answers an unauthenticated call with 401 too.
     */
    private List<Row> camundaTable() {
        String a = selfAssessing;
        String task = taskOfUnit;
        // Camunda does not show another unit's instance at all (404), nor a task to anyone but its candidates (404, or
        // its 400 "no task" where the resource checks the task first); supervisors, who see the instance, may not
        // touch the task's notes (403); only a candidate works on it.
        Expected instance = expect(user -> READERS.contains(user) ? 200 : 404);
        return List.of(
                get("/engine-rest/task", anyone(200)),
                get("/engine-rest/task/" + task, expect(user -> user.equals("officer" + UNIT) || user.equals("admin") ? 200 : 404)),
                json("POST", "/engine-rest/task/" + task + "/comment/create", "{\"message\":\"Kiểm tra\"}",
                        expect(user -> user.equals("officer" + UNIT) || user.equals("admin") ? 200
                                : READERS.contains(user) ? 403 : 400)),
                get("/engine-rest/task/" + task + "/comment", expect(user -> user.equals("officer" + UNIT)
                        || user.equals("admin") ? 200 : READERS.contains(user) ? 403 : 404)),
                // The candidate gets to the form's check of the variables (400), the supervisors not even that far.
                json("POST", "/engine-rest/task/" + task + "/complete", "{\"variables\":{\"khongCo\":{\"value\":1}}}",
                        expect(user -> user.equals("officer" + UNIT) || user.equals("admin") ? 400 : 403)),
                get("/engine-rest/process-instance", anyone(200)),
                get("/engine-rest/process-instance/" + a, instance),
                get("/engine-rest/history/process-instance/" + a, instance),
                get("/engine-rest/engine/default/process-instance/" + a, instance),
                get("/engine-rest/engine/default/metrics/activity-instance-start/sum", admins(200)),
                get("/engine-rest/engine/default/process-definition/statistics", admins(200)),
                get("/engine-rest/process-definition", anyone(200)),
                get("/engine-rest/process-definition/key/UnitAssessment/xml", anyone(200)),
                get("/engine-rest/process-definition/statistics", admins(200)),
                get("/engine-rest/metrics/activity-instance-start/sum", admins(200)),
                get("/engine-rest/history/task/report?reportType=count&groupBy=processDefinition", admins(200)),
                get("/engine-rest/optimize/activity-instance/completed", admins(200)),
                get("/engine-rest/schema/log", admins(200)),
                get("/engine-rest/deployment", anyone(200)),
                get("/engine-rest/user", anyone(200)),
                get("/engine-rest/group", anyone(200)),
                get("/engine-rest/filter", anyone(200)),
                get("/engine-rest/authorization", anyone(200)));
    }

    /**
     * Every root resource of Camunda's REST API, with the rule that covers it: those officials use are rows of
     * {@link #camundaTable()}; every other one is checked by {@link #noRootResourceShowsAnotherUnitsWork()}. A Camunda
     * upgrade that adds a resource fails here until it is classified.
     */
    private static final Map<String, String> CAMUNDA_RESOURCES = Map.ofEntries(
            Map.entry("/task", "table: own and candidate tasks; notes by who works on the task"),
            Map.entry("/process-instance", "table: instances of units the caller may read"),
            Map.entry("/history", "table: history of readable instances; reports for administrators"),
            Map.entry("/process-definition", "table: models readable, statistics for administrators"),
            Map.entry("/deployment", "table: as Camunda authorizes (officials hold no deployment grant)"),
            Map.entry("/metrics", "table: administrators only"),
            Map.entry("/user", "table: as Camunda authorizes"),
            Map.entry("/group", "table: as Camunda authorizes"),
            Map.entry("/filter", "table: Tasklist's filters"),
            Map.entry("/authorization", "table: as Camunda authorizes"),
            Map.entry("/identity", "officials hold no grant; nothing of another unit"),
            Map.entry("/execution", "instance authorizations"),
            Map.entry("/variable-instance", "instance authorizations"),
            Map.entry("/job", "instance authorizations"),
            Map.entry("/job-definition", "definition authorizations"),
            Map.entry("/incident", "instance authorizations"),
            Map.entry("/external-task", "instance authorizations"),
            Map.entry("/event-subscription", "instance authorizations"),
            Map.entry("/batch", "administrators (no grant to officials)"),
            Map.entry("/migration", "administrators (no grant to officials)"),
            Map.entry("/modification", "administrators (no grant to officials)"),
            Map.entry("/message", "correlation needs instance update rights"),
            Map.entry("/signal", "throwing needs instance rights"),
            Map.entry("/condition", "evaluation needs instance rights"),
            Map.entry("/decision-definition", "no decisions are deployed (DeploymentGuard)"),
            Map.entry("/decision-requirements-definition", "no decisions are deployed (DeploymentGuard)"),
            Map.entry("/case-definition", "no cases are deployed (DeploymentGuard)"),
            Map.entry("/case-instance", "no cases are deployed (DeploymentGuard)"),
            Map.entry("/case-execution", "no cases are deployed (DeploymentGuard)"),
            Map.entry("/tenant", "administrators (no grant to officials)"),
            Map.entry("/schema/log", "table: administrators only (the database schema log)"),
            Map.entry("/optimize", "table: administrators only (Optimize's export of all history)"),
            Map.entry("/telemetry", "read-only engine setting"),
            Map.entry("/engine", "every resource again under a named engine: same rules (table rows under /engine/default)"),
            Map.entry("/version", "the REST API's version"));

    // ---- the checks

    @Test
    void everyDxflowEndpointHasItsRow() {
        Set<String> mapped = dxflowEndpoints();
        assertThat(dxflowTable().keySet()).as("rows of the table").containsExactlyInAnyOrderElementsOf(mapped);
    }

    @Test
    void everyRoleGetsTheExpectedAnswerFromDxflowsApi() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<Row>> endpoint : dxflowTable().entrySet()) {
            for (Row row : endpoint.getValue()) {
                for (String user : USERS) {
                    Row concrete = row.path() == null ? new Row(row.method(), "/api/evidence/" + storedDocument(), null,
                            row.expected()) : row;
                    HttpResponse<String> answer = call(user, concrete);
                    check(wrong, endpoint.getKey(), concrete, user, answer);
                    if (answer.statusCode() >= 400 && answer.statusCode() != 404) {
                        refusalIsVietnamese(wrong, concrete, user, answer);
                    }
                }
            }
        }
        assertThat(wrong).as("answers different from the table").isEmpty();
    }

    @Test
    void everyRoleGetsTheExpectedAnswerFromCamundasRestApi() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Row row : camundaTable()) {
            for (String user : USERS) {
                check(wrong, row.method() + " " + row.path(), row, user, call(user, row));
            }
        }
        assertThat(wrong).as("answers different from the table").isEmpty();
    }

    @Test
    void everyCamundaRootResourceHasARule() {
        assertThat(CAMUNDA_RESOURCES.keySet()).containsExactlyInAnyOrderElementsOf(camundaRootResources());
    }

    /** Another commune's officer lists every root resource: nothing of the unit's assessment shows. */
    @Test
    void noRootResourceShowsAnotherUnitsWork() throws Exception {
        for (String root : camundaRootResources()) {
            HttpResponse<String> answer = call("officer02992", get("/engine-rest" + root, null));
            assertThat(answer.body()).as(root).doesNotContain(selfAssessing).doesNotContain(taskOfUnit);
        }
    }

    // ---- helpers

    private Set<String> dxflowEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> mapping
                : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("vn.dxflow")) {
                continue;
            }
            RequestMappingInfo info = mapping.getKey();
            for (String path : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + path));
            }
        }
        return endpoints;
    }

    /**
     * The root resources: those registered with a path of their own (/engine: every resource again under a named
     * engine), and the sub-resources of the one mounted at "/" (the default engine's /task, /process-instance, …).
     */
    private Set<String> camundaRootResources() {
        Set<String> roots = new TreeSet<>();
        for (Class<?> type : camundaRest.getClasses()) {
            Path path = rootPath(type);
            if (path == null) {
                continue;
            }
            if (!path.value().isEmpty() && !path.value().equals("/")) {
                roots.add(slashed(path.value()));
                continue;
            }
            for (Class<?> level = type; level != null; level = level.getSuperclass()) {
                Arrays.stream(level.getDeclaredMethods()).map(method -> method.getAnnotation(Path.class))
                        .filter(java.util.Objects::nonNull).forEach(sub -> roots.add(slashed(sub.value())));
            }
        }
        return roots;
    }

    private static String slashed(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static Path rootPath(Class<?> type) {
        if (type.isAnnotationPresent(Path.class)) {
            return type.getAnnotation(Path.class);
        }
        return Arrays.stream(type.getInterfaces()).map(i -> i.getAnnotation(Path.class))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static void add(Map<String, List<Row>> table, String endpoint, Row... rows) {
        table.put(endpoint, List.of(rows));
    }

    private static Row get(String path, Expected expected) {
        return new Row("GET", path, null, expected);
    }

    private static Row json(String method, String path, String json, Expected expected) {
        return new Row(method, path, () -> new Body("application/json", json.getBytes(StandardCharsets.UTF_8)), expected);
    }

    private HttpResponse<String> call(String user, Row row) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + row.path()));
        if (!user.equals(ANONYMOUS)) {
            request.header("Authorization", LoopbackClient.basic(user, "demo"));
        }
        Body body = row.body() == null ? null : row.body().get();
        if (body != null) {
            request.header("Content-Type", body.contentType());
        }
        request.method(row.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.content()));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(List<String> wrong, String endpoint, Row row, String user, HttpResponse<String> answer) {
        int expected = row.expected().of(user);
        if (answer.statusCode() != expected) {
            wrong.add(endpoint + " [" + row.method() + " " + row.path() + "] as " + user + ": " + answer.statusCode()
                    + " instead of " + expected + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
    }

    /** Every refusal of DXFlow's API says why in Vietnamese, and never shows an exception. */
    private static void refusalIsVietnamese(List<String> wrong, Row row, String user, HttpResponse<String> answer) {
        String message;
        try {
            message = JSON.readTree(answer.body()).path("message").asText("");
        } catch (Exception e) {
            message = "";
        }
        if (!message.matches(".*[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ].*")
                || answer.body().contains("Exception") || answer.body().contains("at vn.")) {
            wrong.add(row.method() + " " + row.path() + " as " + user + ": refusal without a Vietnamese message: "
                    + answer.body());
        }
    }

    /** A document of the unit's 2034 dossier, stored as its officer would. */
    private String storedDocument() {
        try {
            return evidence.upload(UNIT, 2034, CRITERION, "officer" + UNIT,
                    UploadContent.of("Ảnh " + UUID.randomUUID() + ".png", TestUploads.png())).id();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Body multipart(Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "matrix" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Body("multipart/form-data; boundary=" + boundary, out.toByteArray());
    }
}
