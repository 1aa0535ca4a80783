package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.dxflow.DxflowSpringTest;
import vn.dxflow.cycle.OpenDossiers;

/**
 * Tiny requests that used to cost the server minutes or hundreds of megabytes: numbers with huge exponents (a 200 MB
 * error message, a 144 s report), bodies far over what an address needs (read into memory, spooled to disk), and
 * YAML that expands or is simply large. Each is now refused at once with a short Vietnamese message.
 */
@DxflowSpringTest
class BoundedInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERCENT_REFUSED =
            "Tỷ lệ phần trăm không hợp lệ: nhập một số từ 0 đến 100, tối đa 6 chữ số thập phân.";

    @LocalServerPort
    int port;
    @Autowired
    OpenDossiers dossiers;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void open() {
        dossiers.selfAssessing("02947", 2033);
    }

    @Test
    void numbersWithHugeExponentsOrTooManyDecimalsAreRefusedWithAShortAnswer() throws Exception {
        for (String percent : List.of("1e100000000", "1e-4000000", "12.1234567", "1000")) {
            HttpResponse<String> evaluated = send("officer02947", "POST", "/api/catalogs/kontum-2025-commune/evaluate",
                    "{\"unitCode\":\"02947\",\"values\":{\"CQS-1\":{\"percent\":" + percent + "}}}");
            assertRefused(evaluated, 400, PERCENT_REFUSED);
            assertThat(evaluated.body().length()).as("no echo of the number").isLessThan(300);
        }
        String instance = dossiers.selfAssessing("02947", 2033);
        HttpResponse<String> saved = send("officer02947", "PUT", "/api/assessments/" + instance + "/self-assessed",
                "{\"CQS-1\":{\"percent\":1e-4000000}}");
        assertRefused(saved, 400, PERCENT_REFUSED);
        HttpResponse<String> decimals = send("officer02947", "PUT", "/api/assessments/" + instance + "/self-assessed",
                "{\"CQS-1\":{\"percent\":85.5}}");
        assertThat(decimals.statusCode()).as("an ordinary share is kept").isEqualTo(204);
    }

    @Test
    void aBodyOverTheAddressLimitIsRefusedByItsDeclaredLengthBeforeItIsSent() throws Exception {
        LoopbackClient client = new LoopbackClient("127.0.0.1", port);
        for (String path : List.of("/api/signatures/verify", "/api/reports/x/mau-02/signed")) {
            var refused = client.send("POST", path, Map.of("Authorization", LoopbackClient.basic("officer02947", "demo"),
                    "Content-Type", "multipart/form-data; boundary=x", "Content-Length", "600000000"), null);
            assertThat(refused.status()).isEqualTo(413);
            assertThat(JSON.readTree(refused.body()).get("message").asText())
                    .isEqualTo("Dữ liệu gửi lên quá lớn: địa chỉ này nhận tối đa 51 MB.");
        }
        var evaluate = client.send("POST", "/api/catalogs/kontum-2025-commune/evaluate", Map.of("Authorization",
                LoopbackClient.basic("officer02947", "demo"), "Content-Type", "application/json",
                "Content-Length", String.valueOf(2 * 1024 * 1024)), null);
        assertThat(evaluate.status()).isEqualTo(413);
        assertThat(JSON.readTree(evaluate.body()).get("message").asText())
                .isEqualTo("Dữ liệu gửi lên quá lớn: địa chỉ này nhận tối đa 1 MB.");
    }

    @Test
    void aChunkedBodyIsCountedWhileItIsRead() throws Exception {
        byte[] head = "{\"unitCode\":\"02947\",\"values\":{\"CQS-1\":{\"note\":\"".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> json = http.send(request("officer02947", "/api/catalogs/kontum-2025-commune/evaluate")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(head), letters(1536L * 1024)))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(json, 413, "Dữ liệu gửi lên quá lớn: địa chỉ này nhận tối đa 1 MB.");

        String boundary = "dxflow-bounded";
        byte[] partHead = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] partTail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> multipart = http.send(request("officer02947", "/api/signatures/verify")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(Collections.enumeration(
                        List.of(new ByteArrayInputStream(partHead), letters(60L * 1024 * 1024),
                                new ByteArrayInputStream(partTail)))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(multipart, 413, "Dữ liệu gửi lên quá lớn: địa chỉ này nhận tối đa 51 MB.");
    }

    /** Aliases are never expanded: the "billion laughs" file is answered at once, as the invalid catalog it is. */
    @Test
    void yamlAliasesDoNotExpandAndLargeYamlIsRefused() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [").append(String.join(",",
                    Collections.nCopies(9, "*" + previous))).append("]\n");
        }
        HttpResponse<String> refused = http.send(request("admin", "/api/catalogs/import")
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString(bomb.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText()).startsWith("Bộ tiêu chí không hợp lệ: ");
        assertThat(refused.body().length()).isLessThan(1000);

        HttpResponse<String> large = http.send(request("admin", "/api/catalogs/import")
                .header("Content-Type", "application/yaml")
                .POST(HttpRequest.BodyPublishers.ofString("notes: \"" + "x".repeat(3 * 1024 * 1024) + "\"\n")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertRefused(large, 413, "Dữ liệu gửi lên quá lớn: địa chỉ này nhận tối đa 2 MB.");
        // A file read from the data folder, not through the API: the reader itself stops at the same size.
        String tooLong = "notes: \"" + "x".repeat(SafeYaml.MAX_CODE_POINTS) + "\"\n";
        assertThatThrownBy(() -> new ObjectMapper(SafeYaml.factory()).readTree(tooLong))
                .hasMessageContaining("exceeds the limit");
    }

    private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
        return http.send(request(user, path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", LoopbackClient.basic(user, "demo"));
    }

    /** A stream of the letter a, generated while read. */
    private static InputStream letters(long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? 'a' : -1;
            }
        };
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("message").asText()).isEqualTo(message);
    }
}
