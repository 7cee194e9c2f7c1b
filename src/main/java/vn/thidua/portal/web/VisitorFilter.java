package vn.thidua.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Counts the visitors of the public pages rendered afresh (pages from the cache count in {@link PortalPageCache}). */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class VisitorFilter extends OncePerRequestFilter {

    private final Visitors visitors;

    VisitorFilter(Visitors visitors) {
        this.visitors = visitors;
    }

    static boolean isPublic(String path) {
        return (path.equals("/portal")
                        || path.startsWith("/portal/")
                        || path.startsWith("/cong-khai")
                        || path.startsWith("/xac-minh/"))
                && !path.startsWith("/portal/bien-tap")
                && !path.contains("/tep/"); // a page's images and files are not visits of their own
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isPublic(
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
        visitors.count(request, response, signedIn);
        chain.doFilter(request, response);
    }
}
