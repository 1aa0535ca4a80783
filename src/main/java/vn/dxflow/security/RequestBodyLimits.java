package vn.dxflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Comparator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The largest body each address of DXFlow's API accepts ({@code dxflow.security.body-limits}, the most specific
 * pattern wins): refused by its declared length before anything is read or spooled, and counted while read when
 * the client sends it in chunks (a chunked multipart upload: once spooled to temporary files, before any part is
 * read).
 */
class RequestBodyLimits extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestBodyLimits.class);
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final Map<String, DataSize> limits;

    RequestBodyLimits(Map<String, DataSize> limits) {
        this.limits = Map.copyOf(limits);
    }

    /** The limit for a path: the most specific matching pattern's, or none. */
    long limitFor(String path) {
        Comparator<String> specificFirst = PATHS.getPatternComparator(path);
        return limits.keySet().stream().filter(pattern -> PATHS.match(pattern, path)).min(specificFirst)
                .map(pattern -> limits.get(pattern).toBytes()).orElse(Long.MAX_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long limit = limitFor(path);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            log.warn("Refused {} {}: body of {} bytes, limit {}", request.getMethod(), path, declared, limit);
            ApiErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
            return;
        }
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (declared < 0 && multipart && limit < Long.MAX_VALUE && spooledSize(request) > limit) {
            log.warn("Refused {} {}: chunked multipart body over {}", request.getMethod(), path, limit);
            ApiErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, tooLarge(limit));
            return;
        }
        chain.doFilter(declared < 0 && !multipart && limit < Long.MAX_VALUE ? new Counted(request, limit) : request,
                response);
    }

    /**
     * A multipart body sent in chunks is parsed by the container from its own stream, into temporary files (parts
     * above spring.servlet.multipart.file-size-threshold): its parts are counted there, before anything reads them.
     * The controller later gets the same parsed parts.
     */
    private static long spooledSize(HttpServletRequest request) throws IOException, ServletException {
        try {
            return request.getParts().stream().mapToLong(Part::getSize).sum();
        } catch (IllegalStateException tooLargeForTheContainer) {
            return Long.MAX_VALUE;
        }
    }

    private static String tooLarge(long limit) {
        String size = limit >= 1024 * 1024 ? limit / (1024 * 1024) + " MB" : limit / 1024 + " KB";
        return "Dữ liệu gửi lên quá lớn: địa chỉ này nhận tối đa " + size + ".";
    }

    /** A chunked body, counted as it is read; past the limit the reader gets an error that ApiErrors answers. */
    private static final class Counted extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream counted;

        Counted(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), limit);
            }
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        CountingStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException("Request body over " + limit + " bytes", new RequestRefusedException(
                        HttpStatus.PAYLOAD_TOO_LARGE, tooLarge(limit), "Chunked request body over " + limit + " bytes"));
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
