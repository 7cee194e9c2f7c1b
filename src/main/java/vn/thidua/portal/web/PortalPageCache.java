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
import vn.thidua.cluster.CacheEpochs;
import vn.thidua.portal.Counters;

/**
 * Anonymous readers of every public page (the portal's pages, search included, /cong-khai and
 * /xac-minh/…: {@link VisitorFilter#isPublic}) get the page as rendered at most
 * {@code thidua.portal.page-cache} ago (1 s): rendering a page costs milliseconds, serving it from
 * memory a fraction of one. A write by a signed-in user (any POST, PUT or DELETE with a session
 * answered below 400) forgets every page at once ({@link vn.thidua.shared.PublicPageCache}), so a
 * published change is on the very next page served (ADR 0026). When it expires, one request renders the next while the others
 * are still served the previous one, so a busy page never stalls everyone at once. Every request
 * still counts: the visitor and the article's view are counted for a page served from the cache
 * too. The filter stands first, before Spring Security, so a page from the cache costs no filter chain:
 * it is served with the headers the rendered page had (security headers included, cookies not).
 * Requests with a session (a signed-in user, or a message to show after a form), an article with a
 * query string (which shows its view count at this moment) and a change of language are always
 * rendered afresh; another query string (a search, a page of a list) is part of the key. The forms
 * on public pages act for nobody signed in and are exempt from CSRF tokens, which a shared page
 * cannot carry (ADR 0015, 0026).
 *
 * <p>The cache is bounded: a page is kept per path and language, the language being Vietnamese or
 * English whatever the client's cookie says ({@link vn.thidua.shared.Languages}); at most
 * {@code thidua.portal.page-cache-entries} pages (500) and {@code thidua.portal.page-cache-bytes}
 * (32 MB) are kept, the expired and then the oldest going first (ADR 0024). A page rendered before a
 * change committed on any instance is as stale as an expired one ({@link PortalPagesChanged}, ADR 0027).
 */
@Component
@Order(PortalPageCache.ORDER)
class PortalPageCache extends OncePerRequestFilter implements vn.thidua.shared.PublicPageCache {

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
    private final CacheEpochs epochs;
    private final long ttlNanos;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private final int maxEntries;
    private final long maxBytes;
    /** Bumped by every invalidation: a page kept under an older generation is never served. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    private final List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    PortalPageCache(
            Counters counters,
            Visitors visitors,
            CacheEpochs epochs,
            @Value("${thidua.portal.page-cache:1s}") Duration ttl,
            @Value("${thidua.portal.page-cache-entries:500}") int maxEntries,
            @Value("${thidua.portal.page-cache-bytes:32MB}") org.springframework.util.unit.DataSize maxBytes) {
        this.counters = counters;
        this.visitors = visitors;
        this.epochs = epochs;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes.toBytes();
    }

    /** How many pages and bytes are kept now (for the tests and the ADR's figures). */
    int size() {
        return pages.size();
    }

    long bytes() {
        return bytes.get();
    }

    @Override
    public void invalidate() {
        generation.incrementAndGet();
        pages.clear();
        bytes.set(0);
    }

    @Override
    public void onLocalChange(Runnable listener) {
        listeners.add(listener);
    }

    private record Page(
            long generation,
            byte[] body,
            String contentType,
            List<String[]> headers,
            Long articleId,
            long until,
            long epoch,
            java.util.concurrent.atomic.AtomicBoolean renewing) {}

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return ttlNanos <= 0;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String method = request.getMethod();
        if (!"GET".equals(method)) {
            chain.doFilter(request, response);
            if (!"HEAD".equals(method)
                    && !"OPTIONS".equals(method)
                    && response.getStatus() < 400
                    && hasSession(request)) {
                invalidate(); // a signed-in write: what it changed may be on any public page
                listeners.forEach(Runnable::run);
            }
            return;
        }
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        String key = request.getRequestURI() + (query == null ? "" : "?" + query) + "|" + language(request);
        long current = generation.get();
        long epoch = epochs.current(PortalPagesChanged.EPOCH);
        Page cached = pages.get(key);
        // fresh (not expired, nothing changed since it was rendered on any instance), or stale while one
        // other request renders its successor: serve it
        if (cached != null
                && cached.generation() == current
                && ((System.nanoTime() < cached.until() && cached.epoch() == epoch)
                        || !cached.renewing().compareAndSet(false, true))) {
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
            forget(key); // a failed render leaves no page stuck as "being renewed"
            throw e;
        }
        String type = wrapper.getContentType();
        byte[] body = wrapper.getContentAsByteArray();
        if (wrapper.getStatus() == 200 && type != null && type.startsWith("text/html")) {
            keep(
                    key,
                    new Page(
                            current,
                            body,
                            type,
                            headers(response),
                            (Long) request.getAttribute(ARTICLE),
                            System.nanoTime() + ttlNanos,
                            epoch,
                            new java.util.concurrent.atomic.AtomicBoolean()));
        } else {
            forget(key); // gone or failing: the next reader renders it afresh
        }
        wrapper.copyBodyToResponse();
    }

    /** Public pages for anonymous readers; an article with a query string or a change of language passes by. */
    private static boolean cacheable(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!VisitorFilter.isPublic(path) || hasSession(request)) {
            return false;
        }
        String query = request.getQueryString();
        return query == null || !(ARTICLE_PATH.matcher(path).matches() || query.contains("lang="));
    }

    private void keep(String key, Page page) {
        if (page.generation() != generation.get()) {
            return; // rendered before a change: not worth keeping
        }
        if (page.body().length > maxBytes) {
            forget(key);
            return;
        }
        Page before = pages.put(key, page);
        bytes.addAndGet(page.body().length - (before == null ? 0 : before.body().length));
        if (pages.size() > maxEntries || bytes.get() > maxBytes) {
            evict(key);
        }
    }

    private void forget(String key) {
        Page before = pages.remove(key);
        if (before != null) {
            bytes.addAndGet(-before.body().length);
        }
    }

    /** Back under both bounds: expired pages first, then the ones that expire soonest; never {@code kept}. */
    private synchronized void evict(String kept) {
        long now = System.nanoTime();
        pages.forEach((k, p) -> {
            if (!k.equals(kept) && now - p.until() > 0) {
                remove(k, p);
            }
        });
        if (pages.size() <= maxEntries && bytes.get() <= maxBytes) {
            return;
        }
        List<Map.Entry<String, Page>> oldest = new ArrayList<>(pages.entrySet());
        oldest.sort(java.util.Comparator.comparingLong(e -> e.getValue().until()));
        for (Map.Entry<String, Page> e : oldest) {
            if (pages.size() <= maxEntries && bytes.get() <= maxBytes) {
                return;
            }
            if (!e.getKey().equals(kept)) {
                remove(e.getKey(), e.getValue());
            }
        }
    }

    private void remove(String key, Page page) {
        if (pages.remove(key, page)) {
            bytes.addAndGet(-page.body().length);
        }
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

    /** The language the page is rendered in: "vi" or "en", never the cookie's raw value. */
    private static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("THIDUA_LANG".equals(c.getName())) {
                    return vn.thidua.shared.Languages.of(c.getValue()).getLanguage();
                }
            }
        }
        return "vi";
    }
}
