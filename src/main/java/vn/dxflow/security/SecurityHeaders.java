package vn.dxflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response DXFlow serves: no framing (clickjacking), no content sniffing, no referrer to other
 * sites, and a Content-Security-Policy on everything but the Camunda webapps, which send their own (with a nonce
 * for their scripts and {@code frame-ancestors 'none'}). Behind TLS (the proxy's X-Forwarded-Proto, or a direct
 * HTTPS connection) every cookie is marked {@code Secure}, the webapps' CSRF cookie included.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /** The administration page and the API: own scripts and styles only (bpmn-js sets inline styles). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/camunda/")) {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        }
        chain.doFilter(request, request.isSecure() ? new SecureCookies(response) : response);
    }

    /** Adds {@code Secure} to every cookie set through this response, however it is set. */
    private static final class SecureCookies extends HttpServletResponseWrapper {

        SecureCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setSecure(true);
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, secured(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secured(name, value));
        }

        private static String secured(String name, String value) {
            boolean cookie = "Set-Cookie".equalsIgnoreCase(name) && value != null;
            return cookie && !value.toLowerCase(Locale.ROOT).matches("(?s).*;\\s*secure\\s*(;.*)?") ? value + "; Secure"
                    : value;
        }
    }
}
