package vn.dxflow.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** A real HTTP client for DXFlow's evidence API, streaming multipart uploads (nothing is buffered whole). */
final class EvidenceApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    EvidenceApi(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> upload(String user, String unit, int year, String criterion, String fileName, byte[] content) {
        return upload(user, unit, year, criterion, fileName, () -> new ByteArrayInputStream(content), content.length);
    }

    /** Multipart upload whose file part is read from {@code content} while sending. */
    HttpResponse<String> upload(String user, String unit, int year, String criterion, String fileName,
                                Supplier<InputStream> content, long length) {
        String boundary = "----dxflow" + UUID.randomUUID();
        String fields = field(boundary, "unit", unit) + field(boundary, "year", String.valueOf(year))
                + field(boundary, "criterion", criterion)
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        byte[] head = fields.getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = request(user, "/api/evidence")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
                                content.get(), new ByteArrayInputStream(tail))))), head.length + length + tail.length))
                .build();
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String user, String path) {
        return send(request(user, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String user, String id) {
        return send(request(user, "/api/evidence/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<InputStream> downloadStream(String user, String id) {
        return send(request(user, "/api/evidence/" + id + "/content").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    HttpResponse<String> delete(String user, String id) {
        return send(request(user, "/api/evidence/" + id).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
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

    private static String field(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
