package pl.dobrepraktyki.system.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UrlPathHelper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per-address rate limits on the requests that cost the most or invite guessing: the search page
 * ({@code /szukaj}), suggestions while typing ({@code /szukaj/podpowiedzi}), the API ({@code /api/**}, with the
 * Atom feeds {@code /kanaly/**} in the same bucket) and
 * login attempts ({@code POST /logowanie}; on top of {@code LoginThrottle}, which counts failures per
 * account). Past the limit the answer is 429 with {@code Retry-After} in seconds: RFC 9457 problem
 * details for the API, a short page in the visitor's language for the rest.
 * <p>
 * The client address is {@link HttpServletRequest#getRemoteAddr()}; behind a reverse proxy set
 * {@code server.forward-headers-strategy} so that it is the visitor's, not the proxy's. The filter runs
 * before the security filters (it changes nothing and adds no endpoint), so a refused request costs no
 * session, database or search work. Should the limiter itself fail, the request is let through: a limit
 * never turns into a server error.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REFUSAL_POLICY = "default-src 'none'; style-src 'self'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    private final RateLimiter limiter;
    private final MessageSource messages;
    private final LocaleResolver locales;

    RateLimitFilter(RateLimiter limiter, MessageSource messages, LocaleResolver locales) {
        this.limiter = limiter;
        this.messages = messages;
        this.locales = locales;
    }

    /** The kind of a request that is limited, or {@code null}. */
    static RateLimiter.Kind kindOf(HttpServletRequest request) {
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        if (path.equals("/szukaj")) {
            return RateLimiter.Kind.SEARCH;
        }
        if (path.equals("/szukaj/podpowiedzi")) {
            return RateLimiter.Kind.SUGGESTIONS;
        }
        if (path.startsWith("/api/") || path.startsWith("/kanaly/")) {
            return RateLimiter.Kind.API;
        }
        if (path.equals("/logowanie") && "POST".equals(request.getMethod())) {
            return RateLimiter.Kind.LOGIN;
        }
        return null;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !limiter.isEnabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RateLimiter.Decision decision;
        RateLimiter.Kind kind;
        try {
            kind = kindOf(request);
            decision = kind == null ? RateLimiter.Decision.ALLOWED : limiter.tryAcquire(kind, request.getRemoteAddr());
        }
        catch (RuntimeException e) {
            log.warn("Rate limit not checked for {} {}", request.getMethod(), request.getRequestURI(), e);
            kind = null;
            decision = RateLimiter.Decision.ALLOWED;
        }
        if (decision.allowed()) {
            chain.doFilter(request, response);
            return;
        }
        log.debug("Rate limit ({}) reached for {}", kind, request.getRemoteAddr());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // the answer leaves before the security filters, which would add these
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", REFUSAL_POLICY);
        try {
            if (kind == RateLimiter.Kind.API) {
                writeProblem(request, response, decision.retryAfterSeconds());
            }
            else {
                writePage(request, response, decision.retryAfterSeconds());
            }
        }
        catch (RuntimeException e) {
            // the status and Retry-After stand; only the body is missing
            log.warn("Rate limit answer without a body for {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private static void writeProblem(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this address: try again in " + seconds + " s.");
        problem.setTitle("Too many requests");
        Map<String, Object> body = new LinkedHashMap<>();
        java.net.URI type = problem.getType();
        body.put("type", type == null ? "about:blank" : type.toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", request.getRequestURI());
        body.put("retryAfter", seconds);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    private void writePage(HttpServletRequest request, HttpServletResponse response, long seconds)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        String title = message("error.429.title", locale);
        String text = message("error.429.text", locale, Long.toString(seconds));
        String home = message("error.home", locale);
        String context = HtmlUtils.htmlEscape(request.getContextPath(), StandardCharsets.UTF_8.name());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + title + "</title>\n<link rel=\"stylesheet\" href=\"" + context + "/css/bdp.css\">\n"
                + "</head>\n<body>\n<main id=\"main\">\n<h1>" + title + "</h1>\n<p>" + text + "</p>\n<p><a href=\""
                + context + "/\">" + home + "</a></p>\n</main>\n</body>\n</html>\n");
    }

    private String message(String code, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(code, args, code, locale), StandardCharsets.UTF_8.name());
    }
}
