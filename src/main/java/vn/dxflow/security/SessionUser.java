package vn.dxflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * The user logged in to the Camunda webapps (Tasklist, Cockpit, Admin) in the request's session, if any: DXFlow's
 * API and its administration page reuse that login rather than asking for another one.
 */
public final class SessionUser {

    private SessionUser() {
    }

    public static Optional<CurrentUser> of(HttpServletRequest request, String engineName) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(engineName);
        if (authentication instanceof UserAuthentication user) {
            return Optional.of(new CurrentUser(user.getName(), List.copyOf(user.getGroupIds())));
        }
        return Optional.empty();
    }

    /** Camunda's CSRF token of the session, which changing requests must send in {@code X-XSRF-TOKEN}. */
    public static Optional<String> csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(session == null ? null
                : (String) session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME));
    }
}
