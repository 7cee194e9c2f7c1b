package vn.thidua.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.portal.Counters;

/**
 * The visitor statistics block on every public page, whichever module renders it (the public
 * comment lists, the certificate verification): the model gets {@code stats} on public paths only.
 */
@ControllerAdvice
class PublicPageStatistics {

    private final Counters counters;

    PublicPageStatistics(Counters counters) {
        this.counters = counters;
    }

    @ModelAttribute("stats")
    Counters.Stats stats(HttpServletRequest request) {
        // a form's post redirects: nothing is rendered, nothing to count
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && VisitorFilter.isPublic(path) ? counters.stats() : null;
    }
}
