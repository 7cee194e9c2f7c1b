package vn.thidua;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Text at the system's boundary: every form and query parameter reaches the application in NFC (as
 * some Excel files and keyboards send decomposed Vietnamese) and without control characters other
 * than tab and line breaks. A NUL byte, which PostgreSQL refuses to store, or a terminal escape
 * pasted into a name is dropped here instead of failing deep inside a save.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InputBoundary extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new CleanParameters(request), response);
    }

    /** The text as it is kept: NFC, no control characters but tab, CR and LF. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c >= ' ' && c != 0x7f || c == '\t' || c == '\n' || c == '\r';
        }
        String kept = plain ? value : value.replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "");
        return Normalizer.isNormalized(kept, Normalizer.Form.NFC)
                ? kept
                : Normalizer.normalize(kept, Normalizer.Form.NFC);
    }

    private static final class CleanParameters extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        CleanParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = clean(values[i]);
                    }
                    cleaned.put(clean(name), copy);
                });
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }
    }
}
