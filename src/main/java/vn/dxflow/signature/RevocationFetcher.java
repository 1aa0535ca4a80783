package vn.dxflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fetches CRLs (HTTP GET) and OCSP responses (HTTP POST, RFC 6960 appendix A) with short timeouts, and remembers
 * answers for a while so that a batch of documents signed under one CA costs one download. A failure is an empty
 * answer (the caller reports TRY_LATER), never an exception and never cached.
 */
final class RevocationFetcher {

    private static final int MAX_RESPONSE_BYTES = 20 * 1024 * 1024;

    private static final int MAX_DERIVED = 10_000;

    /** A fetched body, or what was derived from fetched bodies, with when it expires. */
    private record Entry(Object value, Instant expires) {
    }

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration cacheTime;
    private final Clock clock;
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final Map<Object, Entry> derived = new ConcurrentHashMap<>();

    RevocationFetcher(Duration connectTimeout, Duration readTimeout, Duration cacheTime, Clock clock) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.cacheTime = cacheTime;
        this.clock = clock;
    }

    Optional<byte[]> get(String url) {
        return cached("GET " + url, () -> exchange(url, null, null));
    }

    Optional<byte[]> post(String url, String contentType, byte[] body) {
        return cached("POST " + url + " " + Arrays.hashCode(body), () -> exchange(url, contentType, body));
    }

    /**
     * What a caller made of fetched answers (parsed, their signatures checked), kept as long as the answers
     * themselves; an empty result (nothing answered) is not kept, so that the next verification asks again.
     */
    @SuppressWarnings("unchecked")
    <T extends java.util.Collection<?>> T derived(Object key, java.util.function.Supplier<T> make) {
        Instant now = clock.instant();
        Entry entry = derived.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return (T) entry.value();
        }
        T value = make.get();
        if (!value.isEmpty()) {
            if (derived.size() > MAX_DERIVED) {
                derived.clear();
            }
            derived.put(key, new Entry(value, now.plus(cacheTime)));
        }
        return value;
    }

    private interface Exchange {
        byte[] run() throws IOException;
    }

    private Optional<byte[]> cached(String key, Exchange exchange) {
        Instant now = clock.instant();
        Entry entry = cache.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return Optional.of((byte[]) entry.value());
        }
        try {
            byte[] body = exchange.run();
            cache.put(key, new Entry(body, now.plus(cacheTime)));
            return Optional.of(body);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] exchange(String url, String contentType, byte[] body) throws IOException {
        URI uri = URI.create(url);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
            throw new IOException("unsupported scheme " + uri.getScheme());
        }
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        try {
            connection.setConnectTimeout((int) connectTimeout.toMillis());
            connection.setReadTimeout((int) readTimeout.toMillis());
            connection.setInstanceFollowRedirects(false);
            if (body != null) {
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            if (connection.getResponseCode() != HttpURLConnection.HTTP_OK) {
                throw new IOException("HTTP " + connection.getResponseCode() + " from " + url);
            }
            try (InputStream in = connection.getInputStream()) {
                byte[] response = in.readNBytes(MAX_RESPONSE_BYTES + 1);
                if (response.length > MAX_RESPONSE_BYTES) {
                    throw new IOException("response from " + url + " is too large");
                }
                return response;
            }
        } finally {
            connection.disconnect();
        }
    }
}
