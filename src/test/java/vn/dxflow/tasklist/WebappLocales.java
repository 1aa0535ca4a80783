package vn.dxflow.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;

/**
 * The Camunda webapp files DXFlow replaces or adds: the project's versions (src/main/resources, first on the
 * classpath) and the originals of camunda-webapp-webjar.
 */
final class WebappLocales {

    static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";

    private WebappLocales() {
    }

    /** The project's file at this path below app/ (the first on the classpath, never the webjar's). */
    static String project(String path) {
        List<URL> urls = urls(path);
        URL first = urls.isEmpty() ? null : urls.get(0);
        if (first == null || isWebjar(first)) {
            throw new AssertionError("The project has no file app/" + path + " of its own (found " + urls + ")");
        }
        return read(first);
    }

    /** camunda-webapp-webjar's file at this path below app/. */
    static String webjar(String path) {
        return urls(path).stream().filter(WebappLocales::isWebjar).findFirst().map(WebappLocales::read)
                .orElseThrow(() -> new AssertionError("camunda-webapp-webjar has no app/" + path));
    }

    static JsonNode json(String text) {
        try {
            // Camunda's own locale files start with a byte-order mark
            return new ObjectMapper().readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWebjar(URL url) {
        return url.toString().contains("camunda-webapp-webjar");
    }

    private static List<URL> urls(String path) {
        try {
            return Collections.list(WebappLocales.class.getClassLoader().getResources(WEBJAR_APP + path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
