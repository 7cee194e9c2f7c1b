package vn.thidua.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/** The public portal: exact counts under concurrent requests, bots apart, one rating each, inert comments, drafts hidden. */
@IntegrationTest
@Import({TayNinhFixtures.class, vn.thidua.movement.MovementFixtures.class})
class PortalIntegrationTests {

    private static final String SEED = "/portal/bai-viet/"
            + Articles.slug(
                    "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc"
                            + " phòng - an ninh năm 2023");

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

    @Autowired
    vn.thidua.movement.MovementFixtures movementsFor;

    @Autowired
    vn.thidua.movement.Registering registering;

    @Autowired
    vn.thidua.movement.LaunchingMovements launching;

    @Autowired
    ArticleFiles articleFiles;

    private long seedId() {
        return jdbc.sql("select id from portal_article where slug = :s")
                .param("s", SEED.substring(SEED.lastIndexOf('/') + 1))
                .query(Long.class)
                .single();
    }

    private long storedViews(long id) {
        return jdbc.sql("select views from portal_article where id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void theSeedArticleKeepsItsRealDateAndTheViewCountIsExactUnderConcurrentReaders() throws Exception {
        long id = seedId();
        counters.flush();
        long before = storedViews(id);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            done.add(pool.submit(
                    () -> mvc.perform(get(SEED)).andReturn().getResponse().getStatus()));
        }
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();

        counters.flush();

        assertThat(storedViews(id)).isEqualTo(before + 200);
        String page = mvc.perform(get(SEED)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("03/01/2023 15:53").contains("Thực hiện Chỉ thị 01/CT-UBND");
    }

    @Test
    void searchEngineBotsAreCountedApartFromGuests() throws Exception {
        Counters.Stats before = counters.stats();

        mvc.perform(get("/portal")
                        .header(
                                "User-Agent",
                                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .andExpect(status().isOk());
        mvc.perform(get("/portal").header("User-Agent", "coccocbot-web/1.0"));
        mvc.perform(get("/portal").header("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0"));

        Counters.Stats after = counters.stats();
        assertThat(after.bots() - before.bots()).isEqualTo(2);
        assertThat(after.guests() - before.guests()).isEqualTo(1);
        assertThat(after.today() - before.today()).isEqualTo(3);
    }

    @Test
    void aVisitorRatesAnArticleOnceOnly() throws Exception {
        long id = seedId();
        Cookie visitor = new Cookie("tdv", "0123456789abcdef0123456789abcdef");
        int count = jdbc.sql("select rating_count from portal_article where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();

        mvc.perform(post(SEED + "/danh-gia")
                        .param("articleId", "" + id)
                        .param("stars", "5")
                        .cookie(visitor)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var second = mvc.perform(post(SEED + "/danh-gia")
                        .param("articleId", "" + id)
                        .param("stars", "1")
                        .cookie(visitor)
                        .with(csrf()))
                .andReturn();

        assertThat(second.getFlashMap().get("problems")).asString().contains("validation.portal.ratedAlready");
        assertThat(jdbc.sql("select rating_count from portal_article where id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(count + 1);
    }

    @Test
    void aCommentWithScriptTagsIsStoredAsWrittenAndShownAsText() throws Exception {
        long id = seedId();
        String attack = "<script>alert('tấn công')</script> Bài viết hay";
        mvc.perform(post(SEED + "/y-kien")
                        .param("articleId", "" + id)
                        .param("authorName", "Lâm Văn Tài")
                        .param("email", "lamvantai@example.vn")
                        .param("body", attack)
                        .with(request -> {
                            request.setRemoteAddr("10.9.8.7");
                            return request;
                        })
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get(SEED)).andReturn().getResponse().getContentAsString())
                .doesNotContain("tấn công");
        long comment = jdbc.sql("select id from portal_comment where body = :b")
                .param("b", attack)
                .query(Long.class)
                .single();

        tayNinh.as("bientap", () -> {
            articles.moderate(comment, true);
            return null;
        });

        String page = mvc.perform(get(SEED)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("&lt;script&gt;alert(&#39;tấn công&#39;)&lt;/script&gt; Bài viết hay")
                .doesNotContain("<script>alert");
    }

    @Test
    void searchIgnoresDiacriticsAndTheFeedsListPublishedArticles() throws Exception {
        String found = mvc.perform(get("/portal/tim-kiem").param("q", "CHI THI 01/CT-UBND"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found).contains(SEED);
        String rss =
                mvc.perform(get("/portal/rss.xml")).andReturn().getResponse().getContentAsString();
        assertThat(rss).contains("<rss version=\"2.0\">").contains(SEED).contains("Tue, 3 Jan 2023 15:53:00 +0700");
        String sitemap = mvc.perform(get("/portal/sitemap.xml"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sitemap)
                .contains("<urlset")
                .contains(SEED)
                .contains("/portal/van-ban?section=PLAN")
                .contains("/portal/van-ban/" + seedDocument("01/CT-UBND") + "</loc>");
        String article = mvc.perform(get(SEED)).andReturn().getResponse().getContentAsString();
        assertThat(article).contains("<meta property=\"og:type\" content=\"article\">");
    }

    @Autowired
    Documents documents;

    @Test
    void commentsOnADraftAreTakenOnlyInsideItsWindow() {
        java.time.LocalDate today = documents.today();
        Documents.Document closed = tayNinh.as("bientap", () -> {
            Documents.Document d = documents.create(new Documents.Input(
                    Documents.Section.DRAFT,
                    null,
                    "Sở Nội vụ tỉnh Tây Ninh",
                    null,
                    today.minusDays(30),
                    null,
                    null,
                    "Dự thảo Quy chế thi đua, khen thưởng tỉnh (đã hết hạn góp ý)",
                    null,
                    today.minusDays(20),
                    today.minusDays(10),
                    null,
                    null,
                    null));
            documents.publish(d.id(), true);
            return d;
        });
        Documents.Document open = tayNinh.as("bientap", () -> {
            Documents.Document d = documents.create(new Documents.Input(
                    Documents.Section.DRAFT,
                    null,
                    "Sở Nội vụ tỉnh Tây Ninh",
                    null,
                    today,
                    null,
                    null,
                    "Dự thảo Quy chế thi đua, khen thưởng tỉnh sửa đổi",
                    null,
                    today.minusDays(1),
                    today.plusDays(10),
                    null,
                    null,
                    null));
            documents.publish(d.id(), true);
            return d;
        });

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> documents.comment(
                        closed.id(),
                        "Phan Văn Hòa",
                        "hoa.phan@example.vn",
                        "Đề nghị bổ sung tiêu chí",
                        "10.1.1.1",
                        null))
                .isInstanceOfSatisfying(
                        vn.thidua.shared.InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.portal.windowClosed"));
        documents.comment(
                open.id(), "Phan Văn Hòa", "hoa.phan@example.vn", "Đề nghị bổ sung tiêu chí", "10.1.1.1", null);

        assertThat(documents.commentsOn(closed.id())).isZero();
        assertThat(documents.commentsOn(open.id())).isEqualTo(1);
    }

    @Autowired
    vn.thidua.achievement.AchievementStatistics statistics;

    @Test
    void theYearlyStatisticsAddUpTheRecords() throws Exception {
        long titles2024 = jdbc.sql(
                        "select count(*) from achievement_title where title_year = 2024 and title = 'ADVANCED_WORKER'")
                .query(Long.class)
                .single();

        var counts = statistics.perYear(2020);

        assertThat(counts)
                .filteredOn(c -> c.year() == 2024 && c.award() == vn.thidua.achievement.Award.ADVANCED_WORKER)
                .singleElement()
                .satisfies(c ->
                        assertThat(c.count()).isGreaterThanOrEqualTo(titles2024).isPositive());
        String page = mvc.perform(get("/portal/thong-ke"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"statistics-chart\"").contains("Lao động tiên tiến");
    }

    @Test
    void aDraftAndAHiddenArticleAreInvisibleToThePublic() throws Exception {
        Articles.Article draft = tayNinh.as(
                "bientap",
                () -> articles.write(
                        "tin-tuc",
                        "Hội nghị điển hình tiên tiến tỉnh Tây Ninh (bản nháp)",
                        null,
                        "Nội dung chưa duyệt.",
                        null,
                        "BBT"));
        String url = "/portal/bai-viet/" + draft.slug();

        mvc.perform(get(url)).andExpect(status().isNotFound());
        Articles.Article published =
                tayNinh.as("bientap", () -> articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED));
        mvc.perform(get(url)).andExpect(status().isOk());
        tayNinh.as("bientap", () -> articles.setStatus(published.id(), published.version(), Articles.Status.HIDDEN));
        mvc.perform(get(url)).andExpect(status().isNotFound());
    }

    @Test
    void aRunningMovementShowsItsThemePeriodCriteriaAndHowManyUnitsRegistered() throws Exception {
        vn.thidua.movement.Movement movement = movementsFor.openForDepartments(
                "Thi đua đẩy mạnh chuyển đổi số năm 2026 (cổng thông tin)",
                TestClock.today().plusDays(20));
        long health = tayNinh.currentUnit("Sở Y tế");
        tayNinh.as("bantdkt", () -> {
            var r = registering.open(movement.getId(), health);
            var described = registering.describe(
                    r.getId(), r.getVersion(), vn.thidua.achievement.Award.ADVANCED_COLLECTIVE, null);
            return tayNinh.as("admin", () -> registering.submit(described.getId(), described.getVersion()));
        });
        int participants = registering.progress(movement).participants();

        String all =
                mvc.perform(get("/portal/phong-trao")).andReturn().getResponse().getContentAsString();
        String page = mvc.perform(get("/portal/phong-trao/" + movement.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(participants).isGreaterThan(1);
        assertThat(all).contains("/portal/phong-trao/" + movement.getId());
        assertThat(page)
                .contains("Thi đua đẩy mạnh chuyển đổi số năm 2026 (cổng thông tin)")
                .contains("05/01/2026 – 31/12/2026")
                .contains("Hoàn thành kế hoạch năm")
                .contains("1/" + participants + " đơn vị đã đăng ký thi đua")
                .doesNotContain("Sở Y tế"); // counts only, no unit named
    }

    @Test
    void aDraftMovementIsNotOnThePortal() throws Exception {
        vn.thidua.movement.Movement draft = tayNinh.as(
                "bantdkt",
                () -> launching.draft(
                        new vn.thidua.movement.MovementDetails(
                                "Phong trào còn dự thảo (cổng thông tin)",
                                vn.thidua.movement.MovementKind.THEMATIC,
                                null,
                                null,
                                java.time.LocalDate.of(2026, 3, 1),
                                java.time.LocalDate.of(2026, 9, 30),
                                null,
                                null),
                        tayNinh.currentUnit("Tỉnh Tây Ninh"),
                        null));

        mvc.perform(get("/portal/phong-trao/" + draft.getId())).andExpect(status().isNotFound());
    }

    private static byte[] png() throws java.io.IOException {
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anArticleShowsItsImagesWithTheirCaptionsAndItsFilesOnlyOncePublished() throws Exception {
        byte[] photo = png();
        Articles.Article draft = tayNinh.as(
                "bientap",
                () -> articles.write(
                        "tin-tuc",
                        "Hội nghị biểu dương điển hình tiên tiến huyện Châu Thành (ảnh)",
                        "Tóm tắt",
                        "Sáng nay, hội nghị biểu dương 45 tập thể, 120 cá nhân điển hình tiên tiến.",
                        null,
                        "Thanh Tâm"));
        var image = tayNinh.as(
                "bientap",
                () -> articleFiles.attach(
                        draft.id(),
                        "hoi-nghi.png",
                        photo,
                        "Đồng chí Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể"));
        var paper = tayNinh.as(
                "bientap",
                () -> articleFiles.attach(
                        draft.id(),
                        "danh-sach-bieu-duong.pdf",
                        "%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"
                                .getBytes(StandardCharsets.ISO_8859_1),
                        null));
        String imageUrl =
                "/portal/bai-viet/" + draft.slug() + "/tep/" + image.file().id();

        // a draft's files are nobody's business outside the editors
        mvc.perform(get(imageUrl)).andExpect(status().isNotFound());
        mvc.perform(get("/files/" + image.file().id())).andExpect(status().is3xxRedirection()); // to the sign-in page
        assertThat(tayNinh.as("donvi", () -> articleFiles.of(draft.id()))).isEmpty();

        tayNinh.as("bientap", () -> articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED));
        String page = mvc.perform(get("/portal/bai-viet/" + draft.slug()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var served = mvc.perform(get(imageUrl))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(page)
                .contains("src=\"" + imageUrl + "\"")
                .contains("alt=\"Đồng chí Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể\"")
                .contains("danh-sach-bieu-duong.pdf");
        assertThat(paper.image()).isFalse();
        assertThat(served.getContentType()).isEqualTo("image/png");
        assertThat(served.getContentAsByteArray()).isEqualTo(photo);
    }

    @Test
    void anImageWithoutACaptionIsRefusedAndNothingIsKept() throws Exception {
        byte[] photo = png();
        Articles.Article draft = tayNinh.as(
                "bientap",
                () -> articles.write("tin-tuc", "Ảnh thiếu chú thích (kiểm thử)", null, "Nội dung.", null, null));

        assertThatThrownBy(() -> tayNinh.as("bientap", () -> articleFiles.attach(draft.id(), "anh.png", photo, " ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.portal.captionRequired"));
        assertThat(jdbc.sql(
                                "select count(*) from attachment_file where owner_kind = 'portal-article' and owner_id = :a")
                        .param("a", draft.id())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(tayNinh.as("bientap", () -> articleFiles.of(draft.id()))).isEmpty();
    }

    @Test
    void anEditorsStaleEditFailsInsteadOfOverwriting() {
        Articles.Article draft = tayNinh.as(
                "bientap", () -> articles.write("tin-tuc", "Bài sửa hai lần (kiểm thử)", null, "Bản đầu.", null, null));
        tayNinh.as(
                "bientap",
                () -> articles.update(
                        draft.id(), draft.version(), null, draft.title(), null, "Bản của người thứ nhất.", null, null));

        assertThatThrownBy(() -> tayNinh.as(
                        "bientap",
                        () -> articles.update(
                                draft.id(),
                                draft.version(),
                                null,
                                draft.title(),
                                null,
                                "Bản của người thứ hai.",
                                null,
                                null)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(articles.byId(draft.id()).body()).isEqualTo("Bản của người thứ nhất.");
    }

    private long seedDocument(String numberSymbol) {
        return jdbc.sql("select id from portal_document where number_symbol = :n")
                .param("n", numberSymbol)
                .query(Long.class)
                .single();
    }

    @Test
    void aDocumentLinksTheRelatedDocumentsPublishedHereAndTheyShowWhereTheyAreCited() throws Exception {
        long directive = seedDocument("01/CT-UBND");
        long plan = seedDocument("310/KH-UBND");

        String directivePage = mvc.perform(get("/portal/van-ban/" + directive))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String planPage = mvc.perform(get("/portal/van-ban/" + plan))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String found = mvc.perform(get("/portal/tim-kiem").param("q", "310 nhan rong mo hinh dien hinh"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // linked where published here, as text where not (the Politburo's directive is not on this portal)
        assertThat(directivePage)
                .contains("<a href=\"/portal/van-ban/" + plan
                        + "\">Kế hoạch số 310/KH-UBND ngày 01/02/2021 của UBND tỉnh</a>")
                .contains("<span>Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị</span>");
        assertThat(planPage).contains("Được dẫn chiếu tại").contains("/portal/van-ban/" + directive);
        assertThat(found).contains("/portal/van-ban/" + plan);
        assertThat(Documents.names("Chỉ thị số 101/CT-UBND", "01/CT-UBND")).isFalse();
        assertThat(Documents.names("theo Chỉ thị 01/CT-UBND, năm 2023", "01/CT-UBND"))
                .isTrue();
    }

    private Documents.Input meeting(String title, java.time.LocalDateTime at, String venue) {
        return new Documents.Input(
                Documents.Section.MEETING,
                null,
                "Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh",
                null,
                documents.today(),
                null,
                null,
                title,
                null,
                null,
                null,
                null,
                at,
                venue);
    }

    @Test
    void meetingInvitationsShowTheComingMeetingsByDayThenTheOnesHeld() throws Exception {
        java.time.LocalDate today = documents.today();
        tayNinh.as("bientap", () -> {
            var coming = documents.create(meeting(
                    "Giấy mời họp xét Cờ thi đua của UBND tỉnh năm 2026",
                    today.plusDays(3).atTime(14, 0),
                    "Hội trường Sở Nội vụ"));
            var held = documents.create(meeting(
                    "Giấy mời họp sơ kết 6 tháng Khối thi đua các sở",
                    today.minusDays(10).atTime(8, 30),
                    "Phòng họp Sở Tài chính"));
            documents.publish(coming.id(), true);
            documents.publish(held.id(), true);
            return null;
        });

        String page = mvc.perform(get("/portal/van-ban").param("section", "MEETING"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String day = today.plusDays(3).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        int calendar = page.indexOf("Lịch họp sắp tới");
        int coming = page.indexOf("Giấy mời họp xét Cờ thi đua của UBND tỉnh năm 2026");
        int heldHeading = page.indexOf("Các cuộc họp đã diễn ra");
        int held = page.indexOf("Giấy mời họp sơ kết 6 tháng Khối thi đua các sở");
        assertThat(calendar).isPositive().isLessThan(coming);
        assertThat(coming).isLessThan(heldHeading);
        assertThat(heldHeading).isLessThan(held);
        assertThat(page.substring(calendar, coming)).contains(day).contains("14:00");
        assertThat(page).contains("Địa điểm: Hội trường Sở Nội vụ");
    }

    @Test
    void anInvitationNeedsItsTimeAndPlaceAndARefusedFileLeavesNoDocument() {
        int before = jdbc.sql("select count(*) from portal_document")
                .query(Integer.class)
                .single();

        assertThatThrownBy(() -> tayNinh.as(
                        "bientap",
                        () -> documents.create(meeting(
                                "Giấy mời họp không ghi địa điểm",
                                documents.today().plusDays(2).atTime(8, 0),
                                " "))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("venue"));
        assertThatThrownBy(() -> tayNinh.as(
                        "bientap",
                        () -> documents.create(
                                meeting(
                                        "Giấy mời họp kèm tệp lạ",
                                        documents.today().plusDays(2).atTime(8, 0),
                                        "Phòng họp Sở Nội vụ"),
                                "giay-moi.pdf",
                                "MZ this is a program, not a PDF".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.file.kind"));
        assertThat(jdbc.sql("select count(*) from portal_document")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void anExemplaryPersonsStoryShowsInItsSectionOnTheHomePageAndBesideTheHonourRoll() throws Exception {
        Articles.Article story = tayNinh.as("bientap", () -> {
            Articles.Article draft = articles.write(
                    "guong-dien-hinh",
                    "Nông dân Nguyễn Văn Mười và mô hình trồng mãng cầu hữu cơ ở Bà Đen",
                    "Một gương nông dân sản xuất, kinh doanh giỏi",
                    "Anh Mười liên kết 12 hộ trồng mãng cầu theo tiêu chuẩn hữu cơ.",
                    null,
                    "Thu Hà");
            return articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED);
        });
        String link = "/portal/bai-viet/" + story.slug();

        String section = mvc.perform(get("/portal/chuyen-muc/guong-dien-hinh"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String home = mvc.perform(get("/portal")).andReturn().getResponse().getContentAsString();
        String honour =
                mvc.perform(get("/portal/vinh-danh")).andReturn().getResponse().getContentAsString();
        String news = mvc.perform(get("/portal/chuyen-muc/tin-tuc"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(section).contains("Gương điển hình tiên tiến").contains(link);
        assertThat(home).contains(">Gương điển hình tiên tiến</a>");
        assertThat(home.substring(home.indexOf("portal-exemplary"))).contains(link);
        assertThat(honour).contains(link).contains("Một gương nông dân sản xuất, kinh doanh giỏi");
        assertThat(news).doesNotContain(link).contains(SEED);
        mvc.perform(get("/portal/chuyen-muc/khong-co")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> tayNinh.as(
                        "bientap",
                        () -> articles.write("quang-cao", "Bài sai chuyên mục", null, "Nội dung.", null, null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("category"));
    }

    @Test
    void anEditorCorrectsAPublishedDocumentAndAStaleCorrectionFails() throws Exception {
        long plan = seedDocument("310/KH-UBND");
        Documents.Document before = tayNinh.as("bientap", () -> documents.byId(plan));
        Documents.Input corrected = new Documents.Input(
                before.section(),
                before.numberSymbol(),
                before.issuer(),
                before.signer(),
                before.issuedOn(),
                java.time.LocalDate.of(2021, 2, 1),
                java.time.LocalDate.of(2025, 12, 31),
                before.title(),
                "Xây dựng, nhân rộng các mô hình, điển hình tiên tiến giai đoạn 2021 - 2025",
                null,
                null,
                before.related(),
                null,
                null);

        tayNinh.as("bientap", () -> documents.update(plan, before.version(), corrected));
        String page = mvc.perform(get("/portal/van-ban/" + plan))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("từ ngày 01/02/2021").contains("đến ngày 31/12/2025");
        assertThatThrownBy(() -> tayNinh.as("bientap", () -> documents.update(plan, before.version(), corrected)))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
    }

    @Test
    void everyPublicPageShowsTheVisitorStatisticsAndNoOtherPageDoes() throws Exception {
        for (String page : List.of(
                "/portal",
                SEED,
                "/portal/van-ban",
                "/portal/van-ban/" + seedDocument("01/CT-UBND"),
                "/portal/tim-kiem?q=thi+dua",
                "/portal/vinh-danh",
                "/portal/thong-ke",
                "/portal/phong-trao",
                "/portal/chuyen-muc/tin-tuc",
                "/cong-khai",
                "/xac-minh/KHONGCOMANAY")) {
            String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(html).as(page).contains("id=\"visitor-stats\"").contains("Thống kê truy cập");
        }
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).doesNotContain("visitor-stats");
    }

    @Test
    void launchingAMovementDraftsItsArticleForTheEditorsWhichLinksToTheMovementOncePublished() throws Exception {
        vn.thidua.movement.Movement movement = movementsFor.launchedForDepartments(
                "Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” năm 2026",
                TestClock.today().plusDays(30));

        Articles.Article draft = tayNinh.as("bientap", () -> articles.all()).stream()
                .filter(a -> movement.getId().equals(a.movementId()))
                .findFirst()
                .orElseThrow();
        assertThat(draft.status()).isEqualTo(Articles.Status.DRAFT);
        assertThat(draft.title())
                .isEqualTo(
                        "Phát động phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”"
                                + " năm 2026");
        assertThat(draft.body())
                .contains("Thời gian thực hiện: từ ngày 05/01/2026 đến ngày 31/12/2026.")
                .contains("- Hoàn thành kế hoạch năm (chỉ tiêu: 100%).")
                .contains("đăng ký thi đua trước ngày");
        mvc.perform(get("/portal/bai-viet/" + draft.slug())).andExpect(status().isNotFound());

        tayNinh.as("bientap", () -> articles.setStatus(draft.id(), draft.version(), Articles.Status.PUBLISHED));
        String page = mvc.perform(get("/portal/bai-viet/" + draft.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("href=\"/portal/phong-trao/" + movement.getId() + "\"");
    }

    @Autowired
    vn.thidua.organization.EditingPeople people;

    @Autowired
    vn.thidua.achievement.AchievementRecords records;

    @Test
    void theYearsFiguresCountWomenAndPeopleWorkingDirectly() throws Exception {
        var award = vn.thidua.achievement.Award.ADVANCED_WORKER;
        var before = statistics.breakdown(2024).stream()
                .filter(b -> b.award() == award)
                .findFirst()
                .orElse(new vn.thidua.achievement.AchievementStatistics.Breakdown(award, 0, 0, 0, 0));
        long unit = tayNinh.currentUnit("Sở Y tế");
        tayNinh.as("bantdkt", () -> {
            long nurse = people.create(
                            new vn.thidua.organization.PersonDetails(
                                    "Đặng Thị Mỹ Hạnh",
                                    vn.thidua.shared.Gender.FEMALE,
                                    java.time.LocalDate.of(1988, 4, 12),
                                    null,
                                    "Điều dưỡng",
                                    true),
                            unit,
                            java.time.LocalDate.of(2012, 8, 1))
                    .getId();
            long clerk = people.create(
                            new vn.thidua.organization.PersonDetails(
                                    "Trương Văn Lộc",
                                    vn.thidua.shared.Gender.MALE,
                                    java.time.LocalDate.of(1979, 11, 3),
                                    null,
                                    "Chuyên viên",
                                    false),
                            unit,
                            java.time.LocalDate.of(2005, 3, 1))
                    .getId();
            records.grantTitle(nurse, 2024, award, "Quyết định kiểm thử thống kê");
            records.grantTitle(clerk, 2024, award, "Quyết định kiểm thử thống kê");
            return null;
        });

        var after = statistics.breakdown(2024).stream()
                .filter(b -> b.award() == award)
                .findFirst()
                .orElseThrow();
        String page = mvc.perform(get("/portal/thong-ke").param("nam", "2024"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(after.individuals() - before.individuals()).isEqualTo(2);
        assertThat(after.women() - before.women()).isEqualTo(1);
        assertThat(after.directWorkers() - before.directWorkers()).isEqualTo(1);
        assertThat(page)
                .contains("Khen thưởng năm 2024")
                .contains("id=\"breakdown\"")
                .contains("Công nhân, nông dân, người lao động trực tiếp được khen:");
    }
}
