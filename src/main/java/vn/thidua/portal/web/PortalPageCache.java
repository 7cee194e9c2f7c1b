package vn.thidua.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.thidua.portal.Counters;

/**
 * Anonymous readers of the portal's home and article pages get the page as rendered at most
 * {@code thidua.portal.page-cache} ago (1 s): rendering a page costs tens of milliseconds, serving
 * it from memory a fraction of one. When it expires, one request renders the next while the others
 * are still served the previous one, so a busy page never stalls everyone at once. Every request
 * still counts: the visitor and the article's view are counted for a page served from the cache
 * too. The filter stands first, before Spring Security, so a page from the cache costs no filter chain:
 * it is served with the headers the rendered page had (security headers included, cookies not).
 * Requests with a session (a signed-in user, or a message to show after a form) or a query string
 * are always rendered afresh.
 */
@Component
@Order(PortalPageCache.ORDER)
class PortalPageCache extends OncePerRequestFilter {

    /**
     * First of all filters: before Spring Security (-100), Spring Session's repository filter and the
     * observation filter that times every request (a page from memory is not worth timing).
     */
    static final int ORDER = org.springframework.core.Ordered.HIGHEST_PRECEDENCE;

    static final String ARTICLE = "thidua.portal.article";
    private static final java.util.regex.Pattern ARTICLE_PATH =
            java.util.regex.Pattern.compile("/portal/bai-viet/[a-z0-9-]+");

    private final Counters counters;
    private final Visitors visitors;
    private final long ttlNanos;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    PortalPageCache(Counters counters, Visitors visitors, @Value("${thidua.portal.page-cache:1s}") Duration ttl) {
        this.counters = counters;
        this.visitors = visitors;
        this.ttlNanos = ttl.toNanos();
    }

    private record Page(
            byte[] body,
            String contentType,
            List<String[]> headers,
            Long articleId,
            long until,
            java.util.concurrent.atomic.AtomicBoolean renewing) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (ttlNanos <= 0 || !"GET".equals(request.getMethod()) || request.getQueryString() != null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean page = path.equals("/portal") || ARTICLE_PATH.matcher(path).matches();
        return !page || hasSession(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getRequestURI() + "|" + language(request);
        Page cached = pages.get(key);
        // fresh, or stale while one other request renders its successor: serve it
        if (cached != null
                && (System.nanoTime() < cached.until() || !cached.renewing().compareAndSet(false, true))) {
            visitors.count(request, response, false);
            if (cached.articleId() != null) {
                counters.viewed(cached.articleId());
            }
            for (String[] header : cached.headers()) {
                response.addHeader(header[0], header[1]);
            }
            response.setContentType(cached.contentType());
            response.setContentLength(cached.body().length);
            response.getOutputStream().write(cached.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapper);
        } catch (IOException | ServletException | RuntimeException e) {
            pages.remove(key); // a failed render leaves no page stuck as "being renewed"
            throw e;
        }
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200 && type != null && type.startsWith("text/html")) {
            pages.put(
                    key,
                    new Page(
                            wrapper.getContentAsByteArray(),
                            type,
                            headers(response),
                            (Long) request.getAttribute(ARTICLE),
                            System.nanoTime() + ttlNanos,
                            new java.util.concurrent.atomic.AtomicBoolean()));
        } else {
            pages.remove(key); // gone or failing: the next reader renders it afresh
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean hasSession(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return false;
        }
        for (Cookie c : request.getCookies()) {
            if ("SESSION".equals(c.getName())) {
                return true;
            }
        }
        return false;
    }

    /** The rendered page's headers to serve again: not its cookies, nor what the body's length and type set. */
    private static List<String[]> headers(HttpServletResponse response) {
        List<String[]> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new String[] {name, value}));
            }
        }
        return List.copyOf(headers);
    }

    private static final Set<String> SKIPPED =
            Set.of("set-cookie", "content-length", "content-type", "transfer-encoding", "date");

    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("THIDUA_LANG".equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return "vi";
    }
}
