package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.attachment.Attached;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.portal.Articles;
import vn.thidua.scoring.AggregationRule;
import vn.thidua.scoring.BlockFiles;
import vn.thidua.scoring.CardText;
import vn.thidua.scoring.ScoringBlocks;

/**
 * Issue 16's findings replayed against a running server, as production runs it: forwarded headers
 * read by Tomcat and believed only from {@code thidua.proxies} (here an address the test client is
 * not), links from {@code thidua.public-url}, the portal's page cache on.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "thidua.portal.page-cache=2s",
            "server.forward-headers-strategy=native",
            "thidua.proxies=10.255.255.1",
            "thidua.public-url=https://thiduakhenthuong.tayninh.gov.vn/"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
@Import(TayNinhFixtures.class)
class WebHardeningIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static final String PUBLIC_URL = "https://thiduakhenthuong.tayninh.gov.vn";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    Articles articles;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    EditingBlocks blocks;

    @Autowired
    ScoringBlocks scoring;

    @Autowired
    BlockFiles blockFiles;

    // ---- page cache

    @Test
    void thePageCacheKeepsOnePagePerLanguageWhateverLanguageCookieClientsSend() throws Exception {
        // given: 1,300 anonymous readers, each with a language cookie of its own invention
        for (int i = 0; i < 1_300; i++) {
            String lang = i % 100 == 0 ? "en" : "x" + i + "-" + "ü".repeat(i % 7);
            mvc.perform(get("/portal").cookie(new Cookie("THIDUA_LANG", lang))).andExpect(status().isOk());
        }

        // then: the home page is kept twice at most, in Vietnamese and English
        Object cache = context.getBean("portalPageCache");
        Map<String, ?> pages = pages(cache);
        assertThat(pages.keySet().stream().filter(k -> k.startsWith("/portal|")))
                .containsExactlyInAnyOrder("/portal|vi", "/portal|en");
        assertThat(pages.keySet()).allMatch(k -> k.endsWith("|vi") || k.endsWith("|en"));
        assertThat((Long) ReflectionTestUtils.invokeMethod(cache, "bytes")).isLessThan(2L * 1024 * 1024);
        // and a made-up language is read as Vietnamese, English as English
        assertThat(mvc.perform(get("/portal").cookie(new Cookie("THIDUA_LANG", "zz")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("<html[^>]* lang=\"vi\"");
        assertThat(mvc.perform(get("/portal").cookie(new Cookie("THIDUA_LANG", "en")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("<html[^>]* lang=\"en\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> pages(Object cache) {
        return (Map<String, ?>) ReflectionTestUtils.getField(cache, "pages");
    }

    // ---- headers

    @Test
    void everyAnswerCarriesAContentSecurityPolicyWithoutInlineScriptAndTheReferrerAndPermissionsPolicies()
            throws Exception {
        List<String> urls = List.of("/portal", "/portal", "/login", "/portal/khong-co-trang-nay", "/xac-minh/KHONGCO");
        for (String url : urls) {
            HttpResponse<String> answer = anonymous().send(request(url).build(), HttpResponse.BodyHandlers.ofString());
            String csp = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp).as(url).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
            String scripts = Stream.of(csp.split(";"))
                    .map(String::strip)
                    .filter(d -> d.startsWith("script-src"))
                    .findFirst()
                    .orElseThrow();
            assertThat(scripts).as(url).isEqualTo("script-src 'self'");
            assertThat(answer.headers().firstValue("Referrer-Policy"))
                    .as(url)
                    .hasValue("strict-origin-when-cross-origin");
            assertThat(answer.headers().firstValue("Permissions-Policy"))
                    .as(url)
                    .hasValue("camera=(), microphone=(), geolocation=()");
        }
    }

    @Test
    void noTemplateOrScriptNeedsInlineScriptOrAnInlineStyleElement() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        Pattern styleElement = Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(f);
                if (inlineScript.matcher(html).find()
                        || handler.matcher(html).find()
                        || styleElement.matcher(html).find()
                        || html.contains("javascript:")) {
                    found.add(f.toString());
                }
            }
        }
        assertThat(found).isEmpty();
        // htmx adds no <style> element of its own, and evaluates nothing
        assertThat(Files.readString(Path.of("src/main/resources/templates/layout/page.html")))
                .contains(
                        "<meta name=\"htmx-config\" content='{\"includeIndicatorStyles\":false,\"allowEval\":false}'>");
    }

    // ---- 403, not 405

    @Test
    void refusedActionsAnswer403WhateverTheMethod() throws Exception {
        long block = tayNinh.as("bantdkt", () -> aBlock("Khối kiểm thử từ chối 2025", "Sở Y tế", "Sở Tài chính"));
        for (String login : List.of("donvi", "bientap")) {
            HttpClient browser = signedIn(login);
            String token = csrfToken(browser);
            // the token is good: an action the account may take goes through
            assertThat(postForm(browser, "/session/keep-alive", token, Map.of()).statusCode())
                    .as(login + " keeps its session")
                    .isEqualTo(204);
            // each action with the fields it needs, so nothing but the account's right stops it
            Map<String, Map<String, String>> refused = new java.util.LinkedHashMap<>();
            refused.put("/admin/accounts", Map.of("username", "ke-la", "role", "ADMIN"));
            refused.put(
                    "/blocks/" + block + "/scoring/setup",
                    Map.of("card", "1 | A | B | 5 | C", "method", "MEAN", "selfWeightPercent", "0"));
            refused.put("/blocks/" + block + "/scoring/vote", Map.of());
            refused.put("/decisions", Map.of("award", "PROVINCIAL_CERTIFICATE_OF_MERIT", "year", "2025"));
            if (!login.equals("bientap")) {
                refused.put("/portal/bien-tap/bai-viet", Map.of("title", "Tin giả", "category", "tin-tuc"));
            }
            for (var action : refused.entrySet()) {
                HttpResponse<String> answer = postForm(browser, action.getKey(), token, action.getValue());
                assertThat(answer.statusCode())
                        .as(login + " POST " + action.getKey())
                        .isEqualTo(403);
                assertThat(answer.body()).as(login + " POST " + action.getKey()).contains("<h1");
            }
        }
    }

    // ---- no server error for a user's ordinary haste

    @Test
    void parallelSubmitsInOneSessionNeverAnswerAServerError() throws Exception {
        // given: an officer whose browser sends one form twenty times at once (a double click, a slow line)
        HttpClient browser = signedIn("donvi");
        String token = csrfToken(browser);

        // when: each answer puts a message in the session for the next page
        List<Integer> answers = parallel(
                20,
                k -> postForm(browser, "/dossiers", token, Map.of("kind", "REGULAR", "year", "2025", "title", ""))
                        .statusCode());

        // then
        assertThat(answers).allSatisfy(status -> assertThat(status).isLessThan(500));
    }

    @Test
    void theReviewOfABlockWithoutAScorecardIsRefusedWithAMessage() throws Exception {
        long block = tayNinh.as(
                "bantdkt",
                () -> blocks.create("Khối chưa có bảng điểm 2025", BlockKind.BLOCK, 2025, null)
                        .getId());
        HttpClient browser = signedIn("bantdkt");

        HttpResponse<String> answer = browser.send(
                request("/blocks/" + block + "/scoring/report.pdf").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isBetween(400, 499);
        assertThat(answer.body()).contains("bảng điểm");
    }

    // ---- forwarded headers, public address

    @Test
    void forwardedHeadersFromAClientThatIsNotAConfiguredProxyAreIgnored() throws Exception {
        // given: a published article, and a client sending a new X-Forwarded-For with each comment
        Articles.Article a = published("Phát động thi đua đặc biệt chào mừng Đại hội (proxy)");
        HttpClient client = anonymous();
        for (int i = 1; i <= 4; i++) {
            HttpRequest comment = request("/portal/bai-viet/" + a.slug() + "/y-kien")
                    .header("X-Forwarded-For", "203.0.113." + i)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                            "articleId", "" + a.id(),
                            "authorName", "Trần Thị Mai " + i,
                            "email", "mai" + i + "@example.vn",
                            "body", "Ý kiến thứ " + i))))
                    .build();
            assertThat(client.send(comment, HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(302);
        }
        // then: counted as the one address it comes from, three an hour
        assertThat(commentsOn(a.id())).isEqualTo(3);

        // and links in the feeds follow the configured address, not a forged host
        HttpResponse<String> rss = client.send(
                request("/portal/rss.xml")
                        .header("X-Forwarded-Host", "ke-gia-mao.example")
                        .header("X-Forwarded-Proto", "http")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(rss.body())
                .contains("<link>" + PUBLIC_URL + "/portal</link>")
                .doesNotContain("ke-gia-mao");
        String sitemap = mvc.perform(get("/portal/sitemap.xml").header("Host", "ke-gia-mao.example"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sitemap).contains("<loc>" + PUBLIC_URL + "/portal</loc>").doesNotContain("ke-gia-mao");
    }

    @Test
    void theProxiesListedAreTheOnlyOnesBelievedInTheFormTomcatReportsThem() {
        Pattern proxies = Pattern.compile(TrustedProxies.regex(List.of("10.0.0.5", " ::1", "")));
        assertThat(proxies.matcher("10.0.0.5").matches()).isTrue();
        assertThat(proxies.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(proxies.matcher("10.0.0.50").matches()).isFalse();
        assertThat(proxies.matcher("10a0b0c5").matches()).isFalse();
        assertThat(proxies.matcher("127.0.0.1").matches()).isFalse();
        assertThat(Pattern.compile(TrustedProxies.regex(List.of()))
                        .matcher("127.0.0.1")
                        .matches())
                .isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TrustedProxies.regex(List.of("proxy.tayninh.gov.vn")))
                .hasMessageContaining("thidua.proxies");
    }

    // ---- ratings and comments

    @Test
    void aClientDroppingItsCookieRatesAnArticleAtMostFiveTimesADayFromOneAddress() throws Exception {
        Articles.Article a = published("Tuyên dương giáo viên dạy giỏi cấp tỉnh (đánh giá)");
        // 41 ratings at once, each without a cookie, from one address
        List<Integer> statuses = parallel(41, i -> rate(a, "198.51.100.7"));
        assertThat(statuses).containsOnly(302);
        assertThat(ratingCount(a.id())).isEqualTo(5);
        // another address still may
        rate(a, "198.51.100.8");
        assertThat(ratingCount(a.id())).isEqualTo(6);
        // an IPv6 client is one /64: changing the last half of its address gains nothing
        for (int i = 0; i < 8; i++) {
            rate(a, "2001:db8:1:2:0:0:0:" + Integer.toHexString(i + 1));
        }
        assertThat(ratingCount(a.id())).isEqualTo(11);
    }

    @Test
    void aParallelBurstOfTenCommentsFromOneAddressLetsExactlyThreeThrough() throws Exception {
        Articles.Article a = published("Gương người tốt việc tốt ở Gò Dầu (bình luận)");
        parallel(
                10,
                i -> mvc.perform(post("/portal/bai-viet/" + a.slug() + "/y-kien")
                                .param("articleId", "" + a.id())
                                .param("authorName", "Nguyễn Văn Bình")
                                .param("email", "binh" + i + "@example.vn")
                                .param("body", "Bình luận số " + i)
                                .with(from("198.51.100.9")))
                        .andReturn()
                        .getResponse()
                        .getStatus());
        assertThat(commentsOn(a.id())).isEqualTo(3);

        // a visitor keeping its cookie from ever new addresses: three as well
        Articles.Article b = published("Gương người tốt việc tốt ở Trảng Bàng (bình luận)");
        Cookie visitor = new Cookie("tdv", "00112233445566778899aabbccddeeff");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/portal/bai-viet/" + b.slug() + "/y-kien")
                    .param("articleId", "" + b.id())
                    .param("authorName", "Lê Thị Hoa")
                    .param("email", "hoa@example.vn")
                    .param("body", "Ý kiến " + i)
                    .cookie(visitor)
                    .with(from("192.0.2." + (10 + i))));
        }
        assertThat(commentsOn(b.id())).isEqualTo(3);
    }

    // ---- block scoring

    @Test
    void aBlocksScoringIsForItsMembersAndTheBanTdktOnly() throws Exception {
        long withoutEducation =
                tayNinh.as("bantdkt", () -> aBlock("Khối kiểm thử quyền xem 2025", "Sở Y tế", "Sở Tài chính"));
        long withEducation = tayNinh.as(
                "bantdkt", () -> aBlock("Khối kiểm thử quyền xem GD 2025", "Sở Giáo dục và Đào tạo", "Sở Y tế"));
        Attached pact = tayNinh.as(
                "bantdkt",
                () -> blockFiles.filePact(
                        withoutEducation, "giao-uoc.pdf", "%PDF-1.7\n% Giao ước\n".getBytes(StandardCharsets.UTF_8)));

        for (String outsider : List.of("donvi", "lanhdao", "hoidong1", "chutich", "bientap")) {
            RequestPostProcessor as = user(accounts.loadUserByUsername(outsider));
            mvc.perform(get("/blocks/{id}/scoring", withoutEducation).with(as)).andExpect(status().isForbidden());
            mvc.perform(get("/blocks/{id}/scoring/report.docx", withoutEducation)
                            .with(as))
                    .andExpect(status().isForbidden());
            assertThat(mvc.perform(get("/files/{id}", pact.id()).with(as))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider + " reads the pact")
                    .isIn(403, 404);
        }
        for (String allowed : List.of("bantdkt", "admin")) {
            RequestPostProcessor as = user(accounts.loadUserByUsername(allowed));
            mvc.perform(get("/blocks/{id}/scoring", withoutEducation).with(as)).andExpect(status().isOk());
            mvc.perform(get("/files/{id}", pact.id()).with(as)).andExpect(status().isOk());
        }
        for (String member : List.of("donvi", "lanhdao")) {
            mvc.perform(get("/blocks/{id}/scoring", withEducation).with(user(accounts.loadUserByUsername(member))))
                    .andExpect(status().isOk());
        }
    }

    // ---- the JSON API

    @Test
    void theApiRefusesABodyOverOneMegabyteAnnouncedOrStreamedAndOverlongLists() throws Exception {
        byte[] big = ("{\"award\":\"GRASSROOTS_EMULATION_FIGHTER\",\"pad\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/eligibility/evaluate")
                        .with(httpBasic("bantdkt", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("body"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.error")
                        .value("nội dung yêu cầu quá lớn: tối đa 1 MB"));

        // streamed without a length (chunked), 2 MB
        HttpResponse<String> streamed = anonymous()
                .send(
                        request("/api/v1/eligibility/evaluate")
                                .header("Content-Type", "application/json")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + java.util.Base64.getEncoder()
                                                        .encodeToString(("bantdkt:" + PASSWORD)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.body()).contains("quá lớn");

        // a body within the limit is read as before
        String ratings = java.util.stream.IntStream.range(0, 201)
                .mapToObj(i -> "{\"year\":" + (1900 + i) + ",\"rating\":\"GOOD\"}")
                .collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/eligibility/evaluate")
                        .with(httpBasic("bantdkt", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"award\":\"GRASSROOTS_EMULATION_FIGHTER\",\"year\":2024,"
                                + "\"candidate\":{\"kind\":\"INDIVIDUAL\",\"ratings\":[" + ratings + "]}}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("candidate.ratings"));
        String proposals = java.util.stream.IntStream.range(0, 2_001)
                .mapToObj(i -> "{\"kind\":\"INDIVIDUAL\",\"award\":\"ADVANCED_WORKER\",\"year\":2025}")
                .collect(Collectors.joining(","));
        mvc.perform(post("/api/v1/eligibility/duplicates")
                        .with(httpBasic("bantdkt", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposals\":[" + proposals + "]}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.field")
                        .value("proposals"));
    }

    // ---- verification

    @Test
    void anUnknownCodeIs404OnTheFriendlyPageAndLookupsAreLimitedPerAddress() throws Exception {
        TestClock.set(LocalDateTime.of(2026, 3, 17, 10, 0, 1));
        try {
            HttpClient client = anonymous();
            for (int i = 1; i <= 30; i++) {
                HttpResponse<String> answer = client.send(
                        request("/xac-minh/KHONGCO" + String.format("%013d", i)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as("lookup " + i).isEqualTo(404);
                assertThat(answer.body()).contains("id=\"verify-unknown\"");
            }
            HttpResponse<String> refused =
                    client.send(request("/xac-minh/KHONGCO31").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.body()).contains("Quá nhiều yêu cầu", "Xin đợi một phút rồi thử lại.");
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");

            // the next minute, the same address may look up again
            TestClock.set(LocalDateTime.of(2026, 3, 17, 10, 1, 1));
            assertThat(client.send(request("/xac-minh/KHONGCO32").build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode())
                    .isEqualTo(404);
        } finally {
            TestClock.reset();
        }
    }

    // ---- helpers

    private long aBlock(String name, String... units) {
        EmulationBlock b = blocks.create(name, BlockKind.BLOCK, 2025, null);
        boolean first = true;
        for (String unit : units) {
            b = blocks.addMember(
                    b.getId(), b.getVersion(), tayNinh.currentUnit(unit), first ? BlockRole.LEADER : BlockRole.MEMBER);
            first = false;
        }
        scoring.setUp(
                b.getId(),
                CardText.parse("1 | Công tác chỉ đạo | Xây dựng chương trình công tác năm | 5: đủ; 0 | Chương trình"),
                new AggregationRule(AggregationRule.Method.MEAN, java.math.BigDecimal.ZERO),
                null);
        return b.getId();
    }

    private Articles.Article published(String title) {
        return tayNinh.as("bientap", () -> {
            Articles.Article draft = articles.write("tin-tuc", title, "Tóm tắt", "Nội dung bài viết.", null, "BBT");
            return articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED);
        });
    }

    private int rate(Articles.Article a, String address) throws Exception {
        return mvc.perform(post("/portal/bai-viet/" + a.slug() + "/danh-gia")
                        .param("articleId", "" + a.id())
                        .param("stars", "5")
                        .with(from(address)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int ratingCount(long articleId) {
        return jdbc.sql("select rating_count from portal_article where id = :id")
                .param("id", articleId)
                .query(Integer.class)
                .single();
    }

    private int commentsOn(long articleId) {
        return jdbc.sql("select count(*) from portal_comment where article_id = :id")
                .param("id", articleId)
                .query(Integer.class)
                .single();
    }

    interface Attempt {
        int run(int i) throws Exception;
    }

    private static List<Integer> parallel(int n, Attempt attempt) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return attempt.run(k);
                };
                done.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : done) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private HttpRequest.Builder request(String path) {
        // as a browser asks: pages, and error pages, in HTML
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .timeout(java.time.Duration.ofSeconds(30));
    }

    private static HttpClient anonymous() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A browser signed in through the sign-in form, with its cookies. */
    private HttpClient signedIn(String login) throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String page = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        HttpResponse<Void> signIn = browser.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                form(Map.of("username", login, "password", PASSWORD, "_csrf", token.group(1)))))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location").orElse(""))
                .as(login + " signs in")
                .doesNotContain("error")
                .doesNotContain("login");
        return browser;
    }

    /** The CSRF token a signed-in page gives its scripts. */
    private String csrfToken(HttpClient browser) throws Exception {
        String home = browser.send(request("/").build(), HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(home);
        assertThat(m.find()).as("a signed-in page carries the CSRF token").isTrue();
        return m.group(1);
    }

    private HttpResponse<String> postForm(HttpClient browser, String path, String token, Map<String, String> fields)
            throws Exception {
        Map<String, String> all = new java.util.HashMap<>(fields);
        all.put("_csrf", token);
        return browser.send(
                request(path)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(all)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
