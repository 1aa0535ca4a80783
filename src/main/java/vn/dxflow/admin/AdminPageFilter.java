package vn.dxflow.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dxflow.security.CurrentUser;
import vn.dxflow.security.SessionUser;

/**
 * Guards the administration page ({@code /admin/}): only a user logged in to the Camunda webapps who is in
 * {@code camunda-admin} gets it. Others are sent to the Tasklist login, or refused.
 */
class AdminPageFilter extends OncePerRequestFilter {

    static final String LOGIN = "/camunda/app/tasklist/default/";

    private final String engineName;

    AdminPageFilter(String engineName) {
        this.engineName = engineName;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = SessionUser.of(request, engineName);
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + LOGIN);
        } else if (!user.get().isAdmin()) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<!doctype html><meta charset=utf-8><title>DXFlow</title>"
                    + "<p>Trang quản trị chỉ dành cho quản trị viên (nhóm camunda-admin).</p>");
        } else {
            chain.doFilter(request, response);
        }
    }
}
