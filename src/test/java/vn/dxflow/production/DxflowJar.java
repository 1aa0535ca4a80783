package vn.dxflow.production;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The artifact people deploy, {@code target/dxflow.jar}, run as a separate process the way the README tells
 * (environment variables, {@code java -jar}). The jar comes from Maven's package phase (failsafe passes its path
 * as {@code dxflow.jar}); the tests never build it. Output goes to files in the process's folder, which survive
 * restarts (appended) for the failure message and the build's artifacts.
 */
public final class DxflowJar implements AutoCloseable {

    /**
     * The nodes' JVM zone. Camunda writes local timestamps without zone (job log, history): a test reads them in this
     * zone. DXFlow's deadlines do not depend on it.
     */
    static final ZoneId ZONE = ZoneId.of("UTC");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path folder;
    private final List<String> jvm = new ArrayList<>(List.of("-jar", jar().toString()));
    private final List<String> arguments;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final int port;
    private Process process;

    private DxflowJar(String name, Path folder, int port, List<String> arguments) {
        this.name = name;
        this.folder = folder;
        this.port = port;
        this.arguments = arguments;
    }

    /** A DXFlow node with its own data folder and a free HTTP port. */
    static DxflowJar node(String name, Path folder, String... arguments) {
        DxflowJar node = new DxflowJar(name, folder, freePort(), List.of(arguments));
        node.env("DXFLOW_DATA_DIR", folder.resolve("data").toString()).env("PORT", String.valueOf(node.port));
        return node;
    }

    /**
     * Another main class run from the packaged jar's libraries (Spring Boot's PropertiesLauncher), with extra
     * classes from {@code classes}: the start-up benchmark's baseline.
     */
    static DxflowJar launcher(String name, Path folder, String mainClass, Path classes) {
        // The readiness group of application.yml names DXFlow's own indicators, which another application lacks.
        DxflowJar other = node(name, folder, "--camunda.bpm.auto-deployment-enabled=false",
                "--management.endpoint.health.group.readiness.include=readinessState,db");
        other.jvm.clear();
        other.jvm.addAll(List.of("-Dloader.path=" + classes, "-Dloader.main=" + mainClass, "-cp", jar().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher"));
        return other;
    }

    /** {@code java -jar dxflow.jar cmis-server} on loopback with the given password. */
    static DxflowJar cmisServer(Path folder, String password) {
        DxflowJar server = new DxflowJar("cmis", folder, freePort(), List.of("cmis-server"));
        server.env("DXFLOW_DATA_DIR", folder.resolve("data").toString())
                .env("DXFLOW_CMIS_PORT", String.valueOf(server.port))
                .env("DXFLOW_CMIS_BIND", "127.0.0.1")
                .env("DXFLOW_CMIS_PASSWORD", password);
        return server;
    }

    public static Path jar() {
        String configured = System.getProperty("dxflow.jar");
        if (configured == null || !Files.isRegularFile(Path.of(configured))) {
            fail("The packaged application is missing (" + configured + "): these tests run the jar that "
                    + "'./mvnw verify' packages, they do not build it");
        }
        return Path.of(configured);
    }

    DxflowJar env(String key, String value) {
        environment.put(key, value);
        return this;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Path folder() {
        return folder;
    }

    DxflowJar start() {
        List<String> command = new ArrayList<>(List.of(javaCommand(), "-Xmx768m", "-Duser.timezone=" + ZONE.getId()));
        command.addAll(jvm);
        command.addAll(arguments);
        try {
            Files.createDirectories(folder);
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout().toFile()))
                    .redirectError(ProcessBuilder.Redirect.appendTo(folder.resolve("stderr.log").toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until {@code /actuator/health} says UP (a node) or the browser binding answers (the CMIS server). */
    DxflowJar awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String path = arguments.contains("cmis-server") ? "/cmis/browser" : "/actuator/health";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail(name + " stopped with exit code " + process.exitValue() + " before it was ready:\n" + tail());
            }
            try {
                HttpResponse<String> response = get(path, environment.get("DXFLOW_CMIS_PASSWORD"));
                if (response.statusCode() == 200 && (path.startsWith("/cmis") || response.body().contains("\"UP\""))) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            sleepQuietly(Duration.ofMillis(250));
        }
        fail(name + " was not ready within " + timeout + ":\n" + tail());
        return this;
    }

    HttpResponse<String> get(String path, String cmisPassword) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(10));
        if (cmisPassword != null) {
            request.header("Authorization", basic("dxflow", cmisPassword));
        }
        return send(request.build());
    }

    /**
     * The demo user's self-assessment task, through Camunda's REST API with his password: a campaign opens its units
     * in jobs, so the task appears some time after the node is ready, and nobody may write before it exists.
     */
    String awaitSelfAssessment(String user) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(
                        "/engine-rest/task?taskDefinitionKey=UserTask_SelfAssess&candidateUser=" + user)))
                .timeout(Duration.ofSeconds(10)).header("Authorization", basic(user, "demo")).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 200) {
                fail("task query of " + user + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode tasks = new ObjectMapper().readTree(response.body());
            if (tasks.size() > 1) {
                fail(user + " has " + tasks.size() + " self-assessment tasks, expected one: " + response.body());
            }
            if (tasks.size() == 1) {
                return tasks.get(0).get("id").asText();
            }
            if (System.nanoTime() > deadline) {
                fail("no self-assessment task of " + user + " within 2 minutes:\n" + tail());
            }
            sleepQuietly(Duration.ofMillis(500));
        }
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** The year of the default run's demo campaigns: the year of their first start, in Vietnam. */
    static int demoYear() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or unlocked. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** Freezes ({@code STOP}) or thaws ({@code CONT}) the process, as a hung machine or a paused VM would. */
    void signal(String signal) {
        try {
            int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
            if (exit != 0) {
                fail("kill -" + signal + " " + process.pid() + " failed with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A normal stop (SIGTERM), as a service manager does it. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    Path stdout() {
        return folder.resolve("stdout.log");
    }

    /** The end of the process's output, for failure messages. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(stdout(), StandardCharsets.UTF_8);
            List<String> errors = Files.exists(folder.resolve("stderr.log"))
                    ? Files.readAllLines(folder.resolve("stderr.log"), StandardCharsets.UTF_8) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())) + "\n--- stderr\n"
                    + String.join("\n", errors.subList(Math.max(0, errors.size() - 20), errors.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            waitFor();
        }
    }

    private void waitFor() {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
