package vn.thidua.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.portal.Counters;

/**
 * Counts the public pages' visitors: a random visitor cookie ("tdv", a year) tells a returning
 * visitor from a new one and allows one rating per visitor; bots, which keep no cookies, are known
 * by their user agent and their address. Nothing is written to the database here.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10)
class VisitorFilter extends OncePerRequestFilter {

    static final String COOKIE = "tdv";
    static final String ATTRIBUTE = "thidua.visitor";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Counters counters;

    VisitorFilter(Counters counters) {
        this.counters = counters;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals("/portal")
                        || path.startsWith("/portal/")
                        || path.startsWith("/cong-khai")
                        || path.startsWith("/xac-minh/"))
                || path.startsWith("/portal/bien-tap");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        Counters.Kind kind = Counters.kindOf(request.getHeader("User-Agent"), signedIn);
        String visitor = cookie(request);
        if (visitor == null) {
            if (kind == Counters.Kind.BOT) {
                visitor = "bot:" + request.getRemoteAddr() + ":" + request.getHeader("User-Agent");
            } else {
                byte[] id = new byte[16];
                RANDOM.nextBytes(id);
                visitor = HexFormat.of().formatHex(id);
                Cookie c = new Cookie(COOKIE, visitor);
                c.setHttpOnly(true);
                c.setPath("/");
                c.setMaxAge(365 * 24 * 3600);
                c.setAttribute("SameSite", "Lax");
                response.addCookie(c);
            }
        }
        request.setAttribute(ATTRIBUTE, visitor);
        counters.seen(visitor, kind);
        chain.doFilter(request, response);
    }

    private static String cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie c : request.getCookies()) {
            if (COOKIE.equals(c.getName()) && c.getValue().matches("[0-9a-f]{32}")) {
                return c.getValue();
            }
        }
        return null;
    }
}
