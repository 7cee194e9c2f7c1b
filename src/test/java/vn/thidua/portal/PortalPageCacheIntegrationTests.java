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

        // hidden: a reader may still get the page rendered a moment ago, then no more
        Articles.Article shown = articles.byId(a.id());
        tayNinh.as("bientap", () -> articles.setStatus(shown.id(), shown.version(), Articles.Status.HIDDEN));
        mvc.perform(get(url)).andExpect(status().isOk());
        Thread.sleep(2_100);
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }
}
