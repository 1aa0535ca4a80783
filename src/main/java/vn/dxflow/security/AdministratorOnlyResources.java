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
 * queries) are not filtered by the per-instance authorizations: a commune official would read country-wide
 * numbers. They are for administrators only, on Camunda's REST API ({@code /engine-rest}) and on the webapps' copy
 * of it ({@code /camunda/api/engine/engine/<name>}) alike.
 */
class AdministratorOnlyResources extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AdministratorOnlyResources.class);
    static final String ENGINE_REST = "/engine-rest";
    private static final Pattern WEBAPP_ENGINE_API = Pattern.compile("^/camunda/api/engine/engine/[^/]+");
    private static final String COCKPIT_API = "/camunda/api/cockpit/";

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
        if (path.startsWith(ENGINE_REST + "/")) {
            resource = path.substring(ENGINE_REST.length());
        } else {
            var webapp = WEBAPP_ENGINE_API.matcher(path);
            if (!webapp.find()) {
                return false;
            }
            resource = path.substring(webapp.end());
        }
        List<String> segments = Arrays.stream(resource.split("/")).filter(s -> !s.isEmpty()).toList();
        return !segments.isEmpty() && (segments.get(0).equals("metrics")
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
