package vn.thidua;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's own defences on every answer (pages, files, the API, error pages, pages from the
 * portal's cache): a Content-Security-Policy that runs only the application's own script files (no
 * inline script, no {@code on…=} handlers, no {@code javascript:} links, no eval), loads nothing from
 * elsewhere and lets no other site frame or receive a form; a Referrer-Policy that sends other
 * sites the origin only; a Permissions-Policy that turns camera, microphone and geolocation off.
 * Style attributes stay allowed ({@code style-src-attr}): the templates size bars and columns with
 * them, and they run no code. htmx's own indicator styles are switched off in the layout's
 * {@code htmx-config} meta tag and live in {@code app.css} (ADR 0024).
 *
 * <p>It stands right after the portal's page cache, so a cached page is served with the headers it
 * was rendered with, these included; Spring Security adds X-Content-Type-Options, X-Frame-Options
 * and (over HTTPS) Strict-Transport-Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class SecurityHeaders extends OncePerRequestFilter {

    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String REFERRER_POLICY = "strict-origin-when-cross-origin";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=()";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
        chain.doFilter(request, response);
    }
}
