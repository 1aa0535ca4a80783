package vn.dxflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates every request to DXFlow's own API ({@code /api/*}). Forms in Tasklist reuse the Tasklist
 * session (and must send Camunda's CSRF token on changes); scripts use HTTP Basic with a Camunda user. The
 * engine calls made while serving the request run as that user, so Camunda's authorizations apply too.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;
    private final String engineName;

    ApiAuthenticationFilter(IdentityService identity, String engineName) {
        this.identity = identity;
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> fromSession = SessionUser.of(request, engineName);
        if (fromSession.isPresent() && !SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request)) {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "Phiên làm việc không hợp lệ (thiếu mã chống giả mạo CSRF). Vui lòng tải lại trang.");
            return;
        }
        Optional<CurrentUser> user = fromSession.or(() -> fromBasic(request));
        if (user.isEmpty()) {
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Bạn cần đăng nhập để sử dụng chức năng này.");
            return;
        }
        request.setAttribute(UnitAccess.CURRENT_USER_ATTRIBUTE, user.get());
        identity.setAuthentication(user.get().userId(), user.get().groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static boolean csrfTokenMatches(HttpServletRequest request) {
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return SessionUser.csrfToken(request).filter(expected -> expected.equals(sent)).isPresent();
    }

    private Optional<CurrentUser> fromBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String userId = decoded.substring(0, colon);
        if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
            log.warn("API login failed for user '{}' from {}", userId, request.getRemoteAddr());
            return Optional.empty();
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        return Optional.of(new CurrentUser(userId, groups));
    }
}
