package vn.thidua.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds an account whose role needs a second factor on its set-up page until it has one: any other
 * page or action is sent there (htmx requests through {@code HX-Redirect}). Not a bean, so it runs
 * only inside the security chain, after authorisation.
 */
class TwoFactorSetupGate extends OncePerRequestFilter {

    static final String SETUP_PATH = "/tai-khoan/xac-thuc-hai-buoc";

    private static final List<String> OPEN = List.of(
            SETUP_PATH,
            "/logout",
            "/login",
            "/session/keep-alive",
            "/error",
            "/webjars/",
            "/css/",
            "/js/",
            "/favicon.ico",
            "/actuator/health");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.twoFactorSetupDue()
                && !open(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            String target = request.getContextPath() + SETUP_PATH;
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
                response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean open(String path) {
        return OPEN.stream()
                .anyMatch(open -> path.equals(open) || path.startsWith(open.endsWith("/") ? open : open + "/"));
    }
}
