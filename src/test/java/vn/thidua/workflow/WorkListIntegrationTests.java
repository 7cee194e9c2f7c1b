package vn.thidua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.decision.Decision;
import vn.thidua.decision.Decisions;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementFixtures;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;

/**
 * Each role's home page is its work list: the right lines with their counts, every link opens, and
 * anonymous visitors get the portal. Then every form and button each role is shown is pressed: none
 * answers 403 or a server error (a control a role may not use is not shown).
 */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class, CouncilFixtures.class, Notices.class})
// the crawl presses every button it finds: its context is not shared with other test classes
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WorkListIntegrationTests {

    private static final int MAX_PAGES = 120;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    Decisions decisions;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    CouncilFixtures councilFor;

    @Autowired
    Notices notices;

    @Autowired
    JdbcClient jdbc;

    private Document home(String username) throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/").with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
        assertThat(r.getStatus()).as(username + " GET /").isEqualTo(200);
        return Jsoup.parse(r.getContentAsString());
    }

    /** The line of the work list whose text contains {@code text}, with its badge count. */
    private static Element line(Document home, String text) {
        return home.select("li.work-item").stream()
                .filter(li -> li.text().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line «" + text + "» in "
                        + home.select("li.work-item").eachText()));
    }

    private static int count(Element line) {
        return Integer.parseInt(line.selectFirst(".badge").text());
    }

    private int status(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void anonymousVisitorsToTheRootGetThePortal() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/")).andReturn().getResponse();

        assertThat(r.getStatus()).isEqualTo(302);
        assertThat(r.getRedirectedUrl()).isEqualTo("/portal");
    }

    @Test
    void eachRoleSeesWhatWaitsForItWithCountsAndLinksThatOpen() throws Exception {
        // given: a launch to approve, a registration with the leader, a unit late to register, an open
        // ballot, and a decision waiting for its signature
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        Movement proposed = tayNinh.as("bantdkt", () -> {
            Movement draft = launching.draft(
                    new MovementDetails(
                            "Phong trào năm 2026 (kiểm thử việc chờ duyệt)",
                            MovementKind.YEARLY,
                            null,
                            null,
                            LocalDate.of(2026, 1, 5),
                            LocalDate.of(2026, 12, 31),
                            TestClock.today().plusDays(20),
                            null),
                    tayNinh.currentUnit("Tỉnh Tây Ninh"),
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
                m.addCriterion("Hoàn thành kế hoạch năm", "100%", "Báo cáo tổng kết năm", null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });
        String openName = "Phong trào đang nhận đăng ký (kiểm thử việc của đơn vị)";
        Movement open =
                movementsFor.openForDepartments(openName, TestClock.today().plusDays(10));
        Registration handed = tayNinh.as("donvi", () -> {
            Registration r = registering.open(open.getId(), education);
            r = registering.describe(r.getId(), r.getVersion(), Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% kế hoạch");
            return registering.sendToLeader(r.getId(), r.getVersion());
        });
        String lateName = "Phong trào đã hết hạn đăng ký (kiểm thử trễ hạn)";
        Movement late =
                movementsFor.openForDepartments(lateName, TestClock.today().minusDays(2));
        var appraised = councilFor.approved(
                "Sở Giáo dục và Đào tạo",
                "Đề nghị khen năm 2025 (kiểm thử việc chờ ký)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                8);
        Decision issued = tayNinh.as("bantdkt", () -> {
            Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
            return decisions.issue(draft.id(), draft.version());
        });
        assertThat(appraised).isNotNull();

        // then: the Chairman approves launches and signs decisions, with the counts the database holds
        Document chairman = home("chutich");
        int awaiting = jdbc.sql("select count(*) from movement_movement m join organization_unit u"
                        + " on u.id = m.launching_unit_id where m.status = 'AWAITING_APPROVAL' and u.kind = 'PROVINCE'")
                .query(Integer.class)
                .single();
        assertThat(count(line(chairman, "phong trào chờ phê duyệt phát động")))
                .isEqualTo(awaiting)
                .isPositive();
        int toSign = jdbc.sql("select count(*) from decision_decision where status = 'ISSUED'")
                .query(Integer.class)
                .single();
        assertThat(count(line(chairman, "quyết định chờ ký"))).isEqualTo(toSign);
        assertThat(notices.of("chutich", issued.numberText())).isNotEmpty();
        assertThat(chairman.selectFirst("#count-todo").text()).isEqualTo(String.valueOf(awaiting + toSign));

        // and: the leader submits the registration the officer handed over; the officer waits, and is late elsewhere
        Document leader = home("lanhdao");
        assertThat(line(leader, openName).selectFirst("a").attr("href")).isEqualTo("/registrations/" + handed.getId());
        assertThat(line(leader, openName).text()).contains("Xem và gửi đăng ký");
        Document officer = home("donvi");
        assertThat(line(officer, openName).text()).contains("chờ lãnh đạo gửi");
        assertThat(officer.select("#work-late").text()).contains(lateName);
        assertThat(officer.selectFirst("#count-late").text()).isNotEqualTo("0");

        // and: the Ban TĐKT sees the units late to register, and a launch waiting for the Chairman
        Document specialist = home("bantdkt");
        Element lateUnits = line(specialist, "đơn vị quá hạn chưa đăng ký — " + lateName);
        assertThat(lateUnits.closest("ul").id()).isEqualTo("work-late");
        int departments = launching.participantsOf(late.getId()).size();
        assertThat(count(lateUnits)).isEqualTo(departments);
        assertThat(line(specialist, "chờ Chủ tịch phê duyệt").selectFirst("a").attr("href"))
                .isIn("/movements?status=AWAITING_APPROVAL", "/movements/" + proposed.getId());

        // and: every link of every role's list opens
        for (String username : List.of("chutich", "lanhdao", "donvi", "bantdkt", "hoidong1", "bientap", "admin")) {
            for (Element a : home(username).select("li.work-item a")) {
                assertThat(status(username, a.attr("href")))
                        .as(username + " " + a.attr("href"))
                        .isEqualTo(200);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"donvi", "lanhdao", "hoidong1", "chutich", "bientap", "bantdkt", "admin"})
    void everyFormARoleIsShownPostsWithoutARefusalOrAServerError(String username) throws Exception {
        List<String> failures = new ArrayList<>();
        Map<String, Element> forms = new LinkedHashMap<>();
        crawl(username, forms, failures);
        for (Element form : forms.values()) {
            submit(username, form, failures);
        }
        assertThat(forms).as("forms found").isNotEmpty();
        assertThat(failures)
                .as("forms shown to " + username + " that are refused or fail")
                .isEmpty();
    }

    private void crawl(String username, Map<String, Element> forms, List<String> failures) throws Exception {
        ArrayDeque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> perShape = new HashMap<>();
        int pages = 0;
        while (!queue.isEmpty() && pages < MAX_PAGES) {
            String path = queue.poll();
            MockHttpServletResponse page = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                    .andReturn()
                    .getResponse();
            pages++;
            if (page.getStatus() == 403 || page.getStatus() >= 500) {
                failures.add("GET " + path + " → " + page.getStatus() + " (a link shown to " + username + ")");
            }
            String type = page.getContentType();
            if (type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document doc = Jsoup.parse(page.getContentAsString(), "http://localhost" + path);
            // a form is an action shown to the role when it has a button to press
            for (Element form : doc.select("form[method=post]:has(button:not([type=button]), input[type=submit])")) {
                String action = form.attr("action").isEmpty() ? path : form.attr("action");
                if (action.contains("logout") || action.startsWith("http")) {
                    continue;
                }
                String key = shape(action) + " " + form.select("[name]").eachAttr("name");
                forms.putIfAbsent(key, form.attr("data-crawl-action", action).attr("data-crawl-page", path));
            }
            for (Element link : doc.select("a[href]")) {
                String href = link.attr("href").replaceAll("#.*", "");
                if (!href.startsWith("/") || href.startsWith("//") || skipped(href) || !seen.add(href)) {
                    continue;
                }
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
                || href.startsWith("/portal")
                || href.startsWith("/cong-khai")
                || href.startsWith("/xac-minh")
                || href.contains("lang=")
                || href.matches(".*\\.(xlsx|docx|pdf|png|jpg|xml|csv|zip)(\\?.*)?$");
    }

    /** Presses the button with what the form holds, a plausible text where a required field is empty. */
    private void submit(String username, Element form, List<String> failures) throws Exception {
        String action = form.attr("data-crawl-action");
        org.springframework.util.LinkedMultiValueMap<String, String> params =
                new org.springframework.util.LinkedMultiValueMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.tagName().equals("input") ? field.attr("type").toLowerCase() : field.tagName();
            if (type.equals("file") || type.equals("submit") || type.equals("button")) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            params.add(field.attr("name"), value(field, type));
        }
        Element button = form.selectFirst("button[name][value]");
        if (button != null) {
            params.add(button.attr("name"), button.attr("value"));
        }
        var principal = user(users.loadUserByUsername(username));
        org.springframework.test.web.servlet.RequestBuilder request =
                form.attr("enctype").contains("multipart")
                        ? MockMvcRequestBuilders.multipart(action)
                                .params(params)
                                .with(csrf())
                                .with(principal)
                        : MockMvcRequestBuilders.request(HttpMethod.POST, action)
                                .params(params)
                                .with(csrf())
                                .with(principal);
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        if (status == 403 || status >= 500) {
            failures.add("POST " + action + " (shown on " + form.attr("data-crawl-page") + ") → " + status);
        }
    }

    private static String value(Element field, String type) {
        String current = switch (type) {
            case "textarea" -> field.text();
            case "select" -> {
                Element selected = field.selectFirst("option[selected]");
                if (selected == null) {
                    selected = field.selectFirst("option");
                }
                yield selected == null ? "" : selected.attr("value");
            }
            default -> field.attr("value");
        };
        if (!current.isEmpty()) {
            return current;
        }
        return switch (type) {
            case "date" -> TestClock.today().toString();
            case "number" -> "1";
            case "email" -> "kiemthu@example.vn";
            case "hidden", "select" -> "";
            default -> "Kiểm thử";
        };
    }

    private static String shape(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("/\\d+", "/#");
    }
}
