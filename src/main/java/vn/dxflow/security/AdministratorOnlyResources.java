package vn.dxflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dxflow.org.Role;

/**
 * Camunda resources that count across every unit (process statistics, metrics, history reports, Cockpit's plugin
 * queries, Optimize's history export) are not filtered by the per-instance authorizations: a commune official would
 * read country-wide numbers. They are for administrators only, on Camunda's REST API ({@code /engine-rest}) and on the webapps' copy
 * of it ({@code /camunda/api/engine/engine/<name>}) alike.
 */
class AdministratorOnlyResources extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdministratorOnlyResources.class);
    static final String ENGINE_REST = "/engine-rest";
    /** The same resources of a named engine: /engine-rest/engine/default/metrics, the webapps' /camunda/api/engine/…. */
    private static final Pattern NAMED_ENGINE = Pattern.compile("^(/engine-rest|/camunda/api/engine)/engine/[^/]+");
    private static final String COCKPIT_API = "/camunda/api/cockpit/";
    /** Whole resources for administrators: usage metrics, Optimize's export of all history, the schema log. */
    private static final java.util.Set<String> ADMINISTRATOR_ROOTS = java.util.Set.of("metrics", "optimize", "schema");

    private final IdentityService identity;
    private final String engineName;

    AdministratorOnlyResources(IdentityService identity, String engineName) {
        this.identity = identity;
        this.engineName = engineName;
    }

    /** Whether a path (without the context path) is one of the counting resources. */
    static boolean isAdministratorOnly(String path) {
        if (path.startsWith(COCKPIT_API)) {
            return true;
        }
        String resource;
        var named = NAMED_ENGINE.matcher(path);
        if (named.find()) {
            resource = path.substring(named.end());
        } else if (path.startsWith(ENGINE_REST + "/")) {
            resource = path.substring(ENGINE_REST.length());
        } else {
            return false;
        }
        List<String> segments = Arrays.stream(resource.split("/")).filter(s -> !s.isEmpty()).toList();
        return !segments.isEmpty() && (ADMINISTRATOR_ROOTS.contains(segments.get(0))
                || segments.stream().anyMatch(s -> s.equals("statistics") || s.endsWith("report")));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isAdministratorOnly(path) && !isAdministrator(request)) {
            log.warn("Refused {} {} to {}: administrators only", request.getMethod(), path, currentUserId(request));
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
                    "Số liệu thống kê toàn hệ thống chỉ dành cho quản trị viên.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The webapps' session user, or the user Camunda's REST filter authenticated for this request. */
    private boolean isAdministrator(HttpServletRequest request) {
        Optional<CurrentUser> sessionUser = SessionUser.of(request, engineName);
        if (sessionUser.isPresent()) {
            return sessionUser.get().isAdmin();
        }
        var authentication = identity.getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(Role.ADMIN_GROUP);
    }

    private String currentUserId(HttpServletRequest request) {
        return SessionUser.of(request, engineName).map(CurrentUser::userId).orElseGet(() ->
                identity.getCurrentAuthentication() == null ? "anonymous" : identity.getCurrentAuthentication().getUserId());
    }
}
