package vn.dxflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts {@link LoginThrottle} in front of every place a password is checked: HTTP Basic on DXFlow's API and on
 * Camunda's REST API, and the webapps' login form (Tasklist, Cockpit, Admin). A source that must wait gets 429
 * before its password is looked at; afterwards a 401 counts as a failure and an answer below 400 as a success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** The webapps post {@code username} and {@code password} here (application/x-www-form-urlencoded). */
    static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
    private static final int MAX_LOGIN_FORM = 16 * 1024;

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forwarded = request;
        Optional<String> user = basicUser(request);
        if (user.isEmpty() && isWebappLogin(request)) {
            byte[] form = request.getInputStream().readNBytes(MAX_LOGIN_FORM + 1);
            if (form.length > MAX_LOGIN_FORM) {
                ApiErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Dữ liệu đăng nhập quá lớn.");
                return;
            }
            user = Optional.of(formField(form, "username"));
            forwarded = new Replayed(request, form);
        }
        if (user.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(address, user.get());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            ApiErrors.write(response, 429, "Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau "
                    + seconds + " giây.");
            return;
        }
        String userId = user.get();
        Refusals refusals = new Refusals(response, () -> throttle.failed(address, userId));
        chain.doFilter(forwarded, refusals);
        // Only an answer that got through counts as a success: a refusal before the password is looked at (403 of a
        // cross-site request, 413 of an oversized body) must not let the sender reset his count.
        if (!refusals.refused && response.getStatus() < 400) {
            throttle.succeeded(address, userId);
        }
    }

    private static boolean isWebappLogin(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && path.startsWith(WEBAPP_LOGIN) && path.contains("/login/");
    }

    private static Optional<String> basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? decoded : decoded.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return Optional.of("");
        }
    }

    private static String formField(byte[] form, String name) {
        for (String pair : new String(form, StandardCharsets.ISO_8859_1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                try {
                    return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        return "";
    }

    /**
     * Counts a failure the moment 401 is set, before a byte of the answer can leave: counted after the chain, the
     * client could read the 401 (a refusal written and closed by a filter) and try again before the count.
     */
    private static final class Refusals extends HttpServletResponseWrapper {

        private final Runnable onRefusal;
        private boolean refused;

        Refusals(HttpServletResponse response, Runnable onRefusal) {
            super(response);
            this.onRefusal = onRefusal;
        }

        @Override
        public void setStatus(int status) {
            seen(status);
            super.setStatus(status);
        }

        @Override
        public void sendError(int status) throws IOException {
            seen(status);
            super.sendError(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            seen(status);
            super.sendError(status, message);
        }

        private void seen(int status) {
            if (status == SC_UNAUTHORIZED && !refused) {
                refused = true;
                onRefusal.run();
            }
        }
    }

    /** The login form, read once to learn the user and handed on unchanged. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The login form is read synchronously");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }
    }
}
