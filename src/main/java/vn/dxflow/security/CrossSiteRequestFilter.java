package vn.dxflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses changes (POST, PUT, DELETE, ...) that a browser sends on behalf of another site, to DXFlow's API and to
 * Camunda's REST API: a browser that once cached HTTP Basic credentials would attach them to a forged form post.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(CrossSiteRequestFilter.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SAFE_METHODS.contains(request.getMethod()) && isCrossSite(request)) {
            log.warn("Refused cross-site {} {} (Origin {})", request.getMethod(), request.getRequestURI(),
                    request.getHeader("Origin"));
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "Yêu cầu từ trang web khác bị từ chối.");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Sec-Fetch-Site where the browser sends it; otherwise the Origin's host and port against the host the
     * browser addressed (Host, or X-Forwarded-Host behind a proxy). The scheme is not compared: a proxy may end
     * TLS in front of DXFlow. Requests without either header (scripts, curl) are not from a browser.
     */
    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("cross-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        int hostStart = origin.indexOf("://");
        String originHost = hostStart < 0 ? origin : origin.substring(hostStart + 3);
        String forwarded = request.getHeader("X-Forwarded-Host");
        String host = forwarded != null ? forwarded.split(",")[0].strip() : request.getHeader("Host");
        return host == null || !originHost.equalsIgnoreCase(host);
    }
}
