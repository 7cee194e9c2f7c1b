package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.PublicPageCache;

/**
 * What issue 18 removed from every request keeps the behaviour it had: files are still served, a
 * signed-in session is still read from the database on each request but not rewritten on each,
 * and a public page kept for anonymous readers shows a signed-in user's change on the next request.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.test.context.TestPropertySource(properties = "thidua.portal.page-cache=60s")
class PerformanceSettingsIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PublicPageCache publicPages;

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient http = browser();
        Matcher token = CSRF.matcher(get(http, "/login").body());
        assertThat(token.find()).isTrue();
        var answer = post(
                http,
                "/login",
                "username=" + username + "&password=" + URLEncoder.encode("Test-Passw0rd!", StandardCharsets.UTF_8)
                        + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return http;
    }

    @Test
    void filesAreServedAndPagesLinkTheVersionedWebJars() throws Exception {
        HttpClient http = browser();
        for (String file : new String[] {
            "/css/app.css",
            "/js/app.js",
            "/webjars/htmx.org/dist/htmx.min.js",
            "/webjars/bootstrap/css/bootstrap.min.css"
        }) {
            var answer = get(http, file);
            assertThat(answer.statusCode()).as(file).isEqualTo(200);
            assertThat(answer.body()).as(file).isNotEmpty();
        }
        String login = get(http, "/login").body();
        assertThat(login).contains("/webjars/bootstrap/5.3.3/css/bootstrap.min.css", "/css/app.css");
        // a page that is not a file is not served from the classpath folders any more
        assertThat(get(http, "/static/css/app.css").statusCode()).isNotEqualTo(200);
    }

    @Test
    void aSignedInSessionIsReadOnEveryRequestButWrittenAtMostEveryTenSeconds() throws Exception {
        HttpClient http = signedIn("bantdkt");
        assertThat(get(http, "/").statusCode()).isEqualTo(200);
        Long before = lastAccess("bantdkt");
        for (int i = 0; i < 5; i++) {
            assertThat(get(http, "/").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess("bantdkt")).isEqualTo(before);

        // moved back 11 s, as if the user had paused: the next request writes the new time
        jdbc.sql(
                        "update spring_session set last_access_time = last_access_time - 11000 where principal_name = 'bantdkt'")
                .update();
        assertThat(get(http, "/").statusCode()).isEqualTo(200);
        assertThat(lastAccess("bantdkt")).isGreaterThan(before - 11000);

        // signed out elsewhere (the row deleted): the next request is refused at once, not 10 s later
        jdbc.sql("delete from spring_session where principal_name = 'bantdkt'").update();
        var refused = get(http, "/dossiers");
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private Long lastAccess(String username) {
        return jdbc.sql("select max(last_access_time) from spring_session where principal_name = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    @Test
    void publicPagesOfEveryKindAreKeptAndASignedInWriteShowsOnTheNextRequest() throws Exception {
        HttpClient reader = browser();
        for (String page : new String[] {
            "/portal/van-ban",
            "/portal/thong-ke",
            "/portal/vinh-danh",
            "/portal/tim-kiem?q=thi+dua",
            "/portal/phong-trao"
        }) {
            var first = get(reader, page);
            var second = get(reader, page);
            assertThat(first.statusCode()).as(page).isEqualTo(200);
            assertThat(second.body()).as(page).isEqualTo(first.body());
        }
        // the public comment form, kept from another reader's visit, still takes this reader's comment
        get(browser(), "/cong-khai");
        HttpClient commenter = browser();
        String page = get(commenter, "/cong-khai").body();
        Matcher action =
                Pattern.compile("action=\"(/cong-khai/[0-9]+/y-kien)\"").matcher(page);
        if (action.find()) {
            var answer = post(
                    commenter, action.group(1), "authorName=Nguy%E1%BB%85n+V%C4%83n+A&body=%C4%90%E1%BB%93ng+%C3%BD");
            assertThat(answer.statusCode()).isEqualTo(302);
        }

        String home = get(reader, "/portal").body();
        assertThat(get(reader, "/portal").body()).isEqualTo(home);
        // the same page, changed in the database behind the cache: still the kept page ...
        long shown = jdbc
                .sql("select id, title from portal_article where status = 'PUBLISHED'")
                .query((rs, n) -> home.contains(rs.getString("title")) ? rs.getLong("id") : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
        jdbc.sql("update portal_article set title = 'Tin mới sau bộ nhớ đệm' where id = :id")
                .param("id", shown)
                .update();
        assertThat(get(reader, "/portal").body()).isEqualTo(home);
        // ... until a signed-in user writes anything (here: marks the notices read)
        HttpClient editor = signedIn("bientap");
        Matcher editorToken = CSRF.matcher(get(editor, "/notifications").body());
        assertThat(editorToken.find()).isTrue();
        assertThat(post(
                                editor,
                                "/notifications/read",
                                "_csrf=" + URLEncoder.encode(editorToken.group(1), StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(302);
        assertThat(get(reader, "/portal").body()).contains("Tin mới sau bộ nhớ đệm");

        // another instance's change reaches this one through invalidate()
        jdbc.sql("update portal_article set title = 'Tin từ máy chủ khác' where id = :id")
                .param("id", shown)
                .update();
        assertThat(get(reader, "/portal").body()).doesNotContain("Tin từ máy chủ khác");
        publicPages.invalidate();
        assertThat(get(reader, "/portal").body()).contains("Tin từ máy chủ khác");
    }
}
