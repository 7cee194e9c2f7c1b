package vn.thidua;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.thidua.shared.InvalidInput.Problem;

/**
 * The net under every form (issue 19, ADR 0032): a form post refused where its controller did not
 * catch it — a value of the wrong type, a field missing, text the database refused, a check thrown
 * from deep inside — goes back to the page the form is on, with the problems named, instead of an
 * error page that loses the input. The page shows them (layout/page.html), and static/js/app.js
 * puts back what the user had typed in the form (kept in the browser's session storage on submit).
 * A request without a same-site Referer, an API call or an htmx request gets the error page as before.
 */
@Component
class KeptInput {

    private final MessageSource messages;

    KeptInput(MessageSource messages) {
        this.messages = messages;
    }

    /** A redirect back to the form's page carrying the problems, when the request came from one. */
    Optional<ModelAndView> backToTheForm(HttpServletRequest request, List<Problem> problems) {
        if (!"POST".equals(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || request.getHeader("HX-Request") != null) {
            return Optional.empty();
        }
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        URI from;
        try {
            from = URI.create(referer);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (from.getHost() == null
                || !from.getHost().equalsIgnoreCase(request.getServerName())
                || from.getRawPath() == null
                || !from.getRawPath().startsWith("/")) {
            return Optional.empty();
        }
        var flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(
                "keptProblems",
                List.copyOf(problems.stream().map(this::labelled).toList()));
        String target = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
        return Optional.of(new ModelAndView("redirect:" + target));
    }

    /** A field without a label of its own is named as "Nội dung" rather than by a raw key. */
    private Problem labelled(Problem p) {
        String label = messages.getMessage("field." + p.field(), null, null, Locale.forLanguageTag("vi"));
        return label == null ? new Problem(p.row(), "input", p.messageKey(), p.args()) : p;
    }

    /** The problem a wrong or missing value makes, named by its field. */
    Problem problem(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) {
            Class<?> type = mismatch.getRequiredType();
            String value = String.valueOf(mismatch.getValue());
            String key;
            if (type != null && java.time.temporal.Temporal.class.isAssignableFrom(type)) {
                key = "validation.input.date";
            } else if (type != null
                    && (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class))) {
                key = "validation.number";
            } else {
                key = "validation.input.choice";
            }
            return new Problem(0, mismatch.getName(), key, List.of(value));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return new Problem(0, missing.getParameterName(), "validation.required", List.of());
        }
        return new Problem(0, "input", "validation.input.refused", List.of());
    }
}
