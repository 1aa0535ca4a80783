package vn.dxflow.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/** A real HTTP client for DXFlow's evidence API, streaming uploads (nothing is buffered whole). */
public final class EvidenceApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final int port;

    public EvidenceApi(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.port = port;
    }

    public int port() {
        return port;
    }

    public HttpResponse<String> upload(String user, String unit, int year, String criterion, String fileName, byte[] content) {
        return upload(user, unit, year, criterion, fileName, () -> new ByteArrayInputStream(content), content.length);
    }

    /** The upload as the forms send it: the file as the request body, read from {@code content} while sending. */
    public HttpResponse<String> upload(String user, String unit, int year, String criterion, String fileName,
                                Supplier<InputStream> content, long length) {
        HttpRequest request = request(user, "/api/evidence?unit=" + encode(unit) + "&year=" + year + "&criterion="
                + encode(criterion) + "&name=" + encode(fileName))
                .header("Content-Type", "application/octet-stream")
                .POST(length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(content), length))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String user, String path) {
        return send(request(user, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(String user, String id) {
        return send(request(user, "/api/evidence/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<InputStream> downloadStream(String user, String id) {
        return send(request(user, "/api/evidence/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    public HttpResponse<String> delete(String user, String id) {
        return send(request(user, "/api/evidence/" + id).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String user, String path) {
        String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Basic " + credentials);
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
