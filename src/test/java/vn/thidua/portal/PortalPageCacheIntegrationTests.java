package vn.thidua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.organization.TayNinhFixtures;

/** With the page cache on, anonymous readers get a page up to two seconds old, and every view still counts. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@TestPropertySource(properties = "thidua.portal.page-cache=2s")
class PortalPageCacheIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Counters counters;

    @Autowired
    Articles articles;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TayNinhFixtures tayNinh;

    @Test
    void cachedPagesStillCountEveryViewAndExpire() throws Exception {
        Articles.Article a = tayNinh.as("bientap", () -> {
            Articles.Article draft = articles.write(
                    "tin-tuc",
                    "Biểu dương điển hình tiên tiến năm 2026 (bộ nhớ đệm)",
                    "Tóm tắt",
                    "Nội dung bài viết.",
                    null,
                    "BBT");
            return articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED);
        });
        String url = "/portal/bai-viet/" + a.slug();
        counters.flush();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            done.add(pool.submit(
                    () -> mvc.perform(get(url)).andReturn().getResponse().getStatus()));
        }
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();
        counters.flush();
        assertThat(jdbc.sql("select views from portal_article where id = :id")
                        .param("id", a.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(120);

        // hidden: the cached page goes within a second (the change raises the portal's cache epoch, ADR 0027)
        Articles.Article shown = articles.byId(a.id());
        tayNinh.as("bientap", () -> articles.setStatus(shown.id(), shown.version(), Articles.Status.HIDDEN));
        long deadline = System.nanoTime() + 1_000_000_000L;
        int hiddenStatus;
        do {
            hiddenStatus = mvc.perform(get(url)).andReturn().getResponse().getStatus();
        } while (hiddenStatus != 404 && System.nanoTime() < deadline && sleep(50));
        assertThat(hiddenStatus).isEqualTo(404);
    }

    @Test
    void visitorsAreCountedExactlyWhenPagesComeFromTheCacheAndTheSecurityHeadersStay() throws Exception {
        var first = mvc.perform(get("/portal"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        var cached = mvc.perform(get("/portal"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(cached.getContentAsString()).isEqualTo(first.getContentAsString());
        for (String header : List.of("X-Content-Type-Options", "X-Frame-Options", "Cache-Control")) {
            assertThat(cached.getHeader(header)).as(header).isNotNull().isEqualTo(first.getHeader(header));
        }
        // each reader gets a visitor cookie of its own, never the one of the reader the page was rendered for
        assertThat(cached.getCookie("tdv").getValue())
                .isNotEqualTo(first.getCookie("tdv").getValue());
        assertThat(cached.getCookie("XSRF-TOKEN")).isNull();

        // 60 visitors last counted yesterday read the home page twice each, at once: 60 visits
        String yesterday = TestClock.today().minusDays(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        Counters.Stats before = counters.stats();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String visitor = String.format("%032x", 7_000 + i % 60);
            done.add(pool.submit(() -> mvc.perform(
                            get("/portal").cookie(new jakarta.servlet.http.Cookie("tdv", visitor + "." + yesterday)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getCookie("tdv")
                    .getValue()));
        }
        java.util.Set<String> renewed = new java.util.HashSet<>();
        for (Future<String> f : done) {
            renewed.add(f.get());
        }
        Counters.Stats after = counters.stats();
        assertThat(after.today() - before.today()).isEqualTo(60);
        assertThat(after.guests() - before.guests()).isEqualTo(60);

        // the same visitors again with the cookie they were given: no new visit
        for (String cookie : renewed) {
            var again = mvc.perform(get("/portal").cookie(new jakarta.servlet.http.Cookie("tdv", cookie)))
                    .andReturn()
                    .getResponse();
            assertThat(again.getCookie("tdv")).isNull();
        }
        pool.shutdown();
        assertThat(counters.stats().today()).isEqualTo(after.today());
        assertThat(renewed).hasSize(60);
    }

    private static boolean sleep(long millis) throws InterruptedException {
        Thread.sleep(millis);
        return true;
    }
}
