package pl.dobrepraktyki.catalog.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An attachment larger than the servlet container accepts would fail while the container parses the
 * request (before any handler, even before the CSRF check reads its field), and the person would see
 * the container's English error page. This filter answers such an upload, judged by its declared
 * length, with a redirect to the edit page that names the problem in Polish. It changes nothing, so
 * it may run before the security filters; the edit page itself stays protected.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class UploadSizeFilter extends OncePerRequestFilter {

    /** The query parameter the edit page reads to show the message. */
    static final String TOO_LARGE = "za-duzy";

    private static final Pattern UPLOAD = Pattern.compile("/praktyki/(\\d{1,18})/zalaczniki");

    private final long maxRequestSize;

    UploadSizeFilter(@Value("${spring.servlet.multipart.max-request-size:${bdp.attachments.max-size:20MB}}")
            DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize.toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || maxRequestSize < 0
                || !UPLOAD.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestSize) {
            Matcher m = UPLOAD.matcher(path(request));
            m.matches();
            response.sendRedirect(request.getContextPath() + "/praktyki/" + m.group(1) + "/edycja?zalacznik="
                    + TOO_LARGE + "#zalaczniki");
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
