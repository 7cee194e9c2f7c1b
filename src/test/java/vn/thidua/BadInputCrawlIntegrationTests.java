package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Every form a role can reach, filled the way careless users and attackers fill forms: text ten
 * thousand characters long, a NUL byte and control characters, words where numbers go, the year
 * 1,000,000,000, 31 February. Whatever the answer, it is never a server error (5xx): bad input gets
 * a message, not a crash.
 */
@IntegrationTest
// the crawl submits every form it finds: its context is not shared with other test classes
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class BadInputCrawlIntegrationTests {

    private static final int MAX_PAGES = 160;
    private static final String LONG = "Nguyễn Thị Ánh Tuyết ".repeat(500);

    enum Variant {
        LONG_TEXT,
        CONTROL_CHARACTERS,
        WRONG_NUMBERS,
        IMPOSSIBLE_DATES
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "admin", "bantdkt", "donvi", "lanhdao", "hoidong1", "chutich", "bientap"})
    void noFormAnswersBadInputWithAServerError(String username) throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Element> forms = new LinkedHashMap<>();
        crawl(username, forms, failures);
        for (Element form : forms.values()) {
            for (Variant variant : Variant.values()) {
                submit(username, form, variant, failures);
            }
        }
        assertThat(forms).as("forms found").isNotEmpty();
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    private void crawl(String username, Map<String, Element> forms, List<String> failures) throws Exception {
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(username.isEmpty() ? "/portal" : "/", "/cong-khai"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> perShape = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            MockHttpServletResponse page =
                    as(username, MockMvcRequestBuilders.get(path)).andReturn().getResponse();
            pages++;
            if (page.getStatus() >= 500) {
                failures.add("GET " + path + " → " + page.getStatus());
            }
            String type = page.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(page.getContentAsString(), "http://localhost" + path);
            for (Element form : doc.select("form")) {
                String action = action(form, path);
                if (action.contains("logout") || action.startsWith("http")) {
                    continue;
                }
                String key = form.attr("method").toLowerCase() + " " + shape(action) + " " + fieldNames(form);
                forms.putIfAbsent(key, form.attr("data-crawl-action", action));
            }
            for (Element link : doc.select("a[href]")) {
                String href = link.attr("href");
                if (!href.startsWith("/") || href.startsWith("//")) {
                    continue;
                }
                href = href.replaceAll("#.*", "");
                if (skipped(href) || !seen.add(href)) {
                    continue;
                }
                // a couple of pages of each shape (person 12, person 13 …) are enough
                if (perShape.merge(shape(href), 1, Integer::sum) <= 2) {
                    queue.add(href);
                }
            }
        }
    }

    private static boolean skipped(String href) {
        return href.contains("logout")
                || href.startsWith("/files/")
                || href.startsWith("/webjars/")
                || href.startsWith("/css/")
                || href.startsWith("/js/")
                || href.contains("lang=")
                || href.matches(".*\\.(xlsx|docx|pdf|png|jpg|xml|csv|zip)(\\?.*)?$")
                || href.contains("/export")
                || href.contains("/download")
                || href.contains("/template");
    }

    private void submit(String username, Element form, Variant variant, List<String> failures) throws Exception {
        String action = form.attr("data-crawl-action");
        boolean post = form.attr("method").equalsIgnoreCase("post");
        if (form.attr("enctype").contains("multipart")) {
            // uploads are refused or taken whole by the importers' own checks; their text fields still are
            if (form.select("input[type=file]").size()
                    == form.select("input:not([type=hidden]), textarea, select").size()) {
                return;
            }
        }
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(post ? HttpMethod.POST : HttpMethod.GET, action);
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
            if (type.equals("file") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            request.param(field.attr("name"), bad(field, type, variant));
        }
        if (post) {
            request.with(csrf());
        }
        MockHttpServletResponse response;
        try {
            response = as(username, request).andReturn().getResponse();
        } catch (Exception e) {
            failures.add(variant + " " + form.attr("method") + " " + action + " → exception " + rootCause(e));
            return;
        }
        if (response.getStatus() >= 500) {
            failures.add(variant + " " + form.attr("method") + " " + action + " → " + response.getStatus());
        }
    }

    private static String bad(Element field, String type, Variant variant) {
        String current = current(field, type);
        String name = field.attr("name").toLowerCase();
        boolean bookkeeping = type.equals("hidden") && (name.equals("version") || name.equals("_csrf"));
        if (bookkeeping) {
            return current;
        }
        return switch (variant) {
            case LONG_TEXT ->
                switch (type) {
                    case "text", "textarea", "search", "email", "tel", "url", "password", "" -> LONG;
                    default -> current;
                };
            case CONTROL_CHARACTERS ->
                switch (type) {
                    case "text", "textarea", "search", "email", "tel", "url", "" ->
                        "Trần Văn\u0000 Bảy\u0007\u001b[31m";
                    default -> current;
                };
            case WRONG_NUMBERS ->
                switch (type) {
                    case "number", "hidden", "select" ->
                        name.contains("year") || name.equals("nam") ? "1000000000" : "mười hai";
                    default -> current;
                };
            case IMPOSSIBLE_DATES ->
                switch (type) {
                    case "date" -> "2026-02-31";
                    case "datetime-local" -> "2026-13-45T25:61";
                    case "number" -> name.contains("year") ? "1000000000" : "-99999999999999999999";
                    default -> current;
                };
        };
    }

    private static String current(Element field, String type) {
        if (type.equals("textarea")) {
            return field.text();
        }
        if (type.equals("select")) {
            Element selected = field.selectFirst("option[selected]");
            if (selected == null) {
                selected = field.selectFirst("option");
            }
            return selected == null ? "" : selected.attr("value");
        }
        return field.attr("value");
    }

    private org.springframework.test.web.servlet.ResultActions as(
            String username, MockHttpServletRequestBuilder request) throws Exception {
        if (!username.isEmpty()) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request);
    }

    private static String action(Element form, String page) {
        String action = form.attr("action");
        if (action.isEmpty()) {
            return page.replaceAll("\\?.*", "");
        }
        return action;
    }

    private static String shape(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/#");
    }

    private static String fieldNames(Element form) {
        return form.select("[name]").eachAttr("name").toString();
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        return t.getClass().getSimpleName() + ": " + message.substring(0, Math.min(160, message.length()));
    }

    @org.junit.jupiter.api.Test
    void theEligibilityApiAnswersAnImpossibleYearWithA400NamingTheField() throws Exception {
        String body = """
                {"award": "GRASSROOTS_EMULATION_FIGHTER", "year": 1000000000,
                 "candidate": {"kind": "INDIVIDUAL", "ratings": [{"year": 2025, "rating": "EXCELLENT"}]}}""";
        MockHttpServletResponse response = mvc.perform(MockMvcRequestBuilders.post("/api/v1/eligibility/evaluate")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("bantdkt", "Test-Passw0rd!"))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("year")
                .contains("năm phải từ 1945");
    }
}
