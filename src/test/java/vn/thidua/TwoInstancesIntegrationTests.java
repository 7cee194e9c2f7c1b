package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import vn.thidua.organization.PeopleImport;
import vn.thidua.portal.Counters;

/**
 * Two instances of the application on one database, as behind a load balancer (issue 18, ADR 0027):
 * instance A is this test's context, instance B a second application context started in the same
 * JVM on another port and the same database (on PostgreSQL the suite's embedded server; on H2 the
 * same in-memory database, which a JVM shares by name, with the same row locks). Everything goes
 * through HTTP, except firing the scheduled jobs, which the test runs the way each instance's
 * scheduler would. The portal's page cache is on for a minute, so only invalidation can show a
 * change within a second.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            TwoInstancesIntegrationTests.PAGE_CACHE,
            TwoInstancesIntegrationTests.REMINDERS_CRON,
            TwoInstancesIntegrationTests.CHECKPOINT_CRON,
            TwoInstancesIntegrationTests.DAILY_CRON,
            TwoInstancesIntegrationTests.CHECKPOINT_DIR
        })
@ActiveProfiles("test")
@ContextConfiguration(initializers = {TestDatabase.class, TestClock.Initializer.class})
class TwoInstancesIntegrationTests {

    static final String PAGE_CACHE = "thidua.portal.page-cache=60s";
    // registered with each scheduler but not due before 29 February 2028: the test fires them itself
    static final String REMINDERS_CRON = "thidua.reminders.cron=0 0 7 29 2 *";
    static final String CHECKPOINT_CRON = "thidua.audit.checkpoint-cron=0 0 * 29 2 *";
    static final String DAILY_CRON = "thidua.audit.daily-cron=0 55 23 29 2 *";
    static final String CHECKPOINT_DIR = "thidua.audit.checkpoint-dir=target/two-instances-checkpoints";
    static final String PASSWORD = "Test-Passw0rd!";

    private static ConfigurableApplicationContext second;

    @Autowired
    ApplicationContext first;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private String a;
    private String b;

    @BeforeEach
    void startTheSecondInstanceOnTheSameDatabase() {
        if (second == null) {
            Environment env = first.getEnvironment();
            // as command-line arguments: above application.yml and application-test.yml, as the test's own are
            List<String> args = new ArrayList<>();
            for (String p : List.of(PAGE_CACHE, REMINDERS_CRON, CHECKPOINT_CRON, DAILY_CRON, CHECKPOINT_DIR)) {
                args.add("--" + p);
            }
            for (String p : List.of("spring.datasource.url", "spring.datasource.username")) {
                args.add("--" + p + "=" + env.getProperty(p));
            }
            args.add("--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""));
            args.add("--server.port=0");
            second = new SpringApplicationBuilder(ThiDuaApplication.class)
                    .profiles("test")
                    .initializers(new TestClock.Initializer())
                    .run(args.toArray(String[]::new));
        }
        a = "http://localhost:" + port;
        b = "http://localhost:" + second.getEnvironment().getProperty("local.server.port");
        assertThat(a).isNotEqualTo(b);
    }

    @org.junit.jupiter.api.BeforeAll
    static void noCheckpointsOfEarlierRuns() throws IOException {
        org.springframework.util.FileSystemUtils.deleteRecursively(Path.of("target/two-instances-checkpoints"));
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void signsInOnOneInstanceAndContinuesWithItsFormsOnTheOtherThenSignsOutEverywhere() throws Exception {
        Browser user = signIn(a, "bantdkt");
        // the session lives in the database: the other instance knows who it is
        HttpResponse<String> home = user.get(b + "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Lê Thị Thu Hà");
        // a form rendered by one instance is accepted by the other (the CSRF token is a cookie)
        String token = csrf(user.get(a + "/").body());
        HttpResponse<String> out = user.post(b + "/logout", Map.of("_csrf", token));
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        // signed out on B is signed out on A
        HttpResponse<String> after = user.get(a + "/dossiers");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void anArticlePublishedOnOneInstanceIsOnTheOthersCachedHomePageWithinASecond() throws Exception {
        String title = "Hai máy chủ cùng phục vụ cổng thông tin "
                + UUID.randomUUID().toString().substring(0, 8);
        Browser editor = signIn(a, "bientap");
        HttpResponse<String> written = editor.post(
                a + "/portal/bien-tap/bai-viet",
                Map.of(
                        "_csrf", csrf(editor.get(a + "/portal/bien-tap").body()),
                        "category", "tin-tuc",
                        "title", title,
                        "summary", "Tóm tắt",
                        "body", "Nội dung bài viết về hai máy chủ.",
                        "author", "BBT"));
        assertThat(written.statusCode()).isEqualTo(302);
        long id = jdbc.sql("select id from portal_article where title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        int version = jdbc.sql("select version from portal_article where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();

        // B keeps its home page (for a minute): twice the same page, without the draft (the draft's own
        // change reaches B's epoch within its poll, 250 ms)
        Thread.sleep(600);
        String kept = anonymous(b + "/portal").body();
        assertThat(anonymous(b + "/portal").body()).isEqualTo(kept).doesNotContain(title);

        HttpResponse<String> published = editor.post(
                a + "/portal/bien-tap/bai-viet/" + id + "/trang-thai",
                Map.of(
                        "_csrf",
                        csrf(editor.get(a + "/portal/bien-tap").body()),
                        "version",
                        String.valueOf(version),
                        "status",
                        "PUBLISHED"));
        assertThat(published.statusCode()).isEqualTo(302);
        long at = System.nanoTime();
        long seenAfterMillis = -1;
        while (System.nanoTime() - at < Duration.ofSeconds(5).toNanos()) {
            if (anonymous(b + "/portal").body().contains(title)) {
                seenAfterMillis = Duration.ofNanos(System.nanoTime() - at).toMillis();
                break;
            }
            Thread.sleep(20);
        }
        assertThat(seenAfterMillis).as("milliseconds until B shows the article").isBetween(0L, 1_000L);
        assertThat(anonymous(a + "/portal").body()).contains(title);
    }

    @Test
    void viewsOfAnArticleReadThroughBothInstancesAtOnceAreCountedExactly() throws Exception {
        record Article(long id, String slug) {}
        Article article = jdbc.sql("select id, slug from portal_article where status = 'PUBLISHED' order by id")
                .query((rs, n) -> new Article(rs.getLong(1), rs.getString(2)))
                .list()
                .get(0);
        Counters onA = first.getBean(Counters.class);
        Counters onB = second.getBean(Counters.class);
        onA.flush();
        onB.flush();
        long before = views(article.id());

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> done = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String server = i % 3 == 0 ? a : b; // 50 through A, 100 through B
            done.add(pool.submit(() ->
                    anonymous(server + "/portal/bai-viet/" + article.slug()).statusCode()));
        }
        for (Future<Integer> f : done) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();
        onA.flush();
        onB.flush();
        assertThat(views(article.id())).isEqualTo(before + 150);
    }

    @Test
    void theMorningRemindersRunOnceWhenBothInstancesFireThemAtOnce() throws Exception {
        record Open(long id, LocalDate deadline) {}
        // the demo's movements, one of them with its registration closing in two days
        long id = jdbc.sql("select id from movement_movement where participant_unit_kinds is not null"
                        + " and participant_unit_kinds <> '' order by id desc")
                .query(Long.class)
                .list()
                .get(0);
        jdbc.sql("update movement_movement set status = 'REGISTRATION_OPEN', registration_deadline = :d,"
                        + " launching_unit_id = (select id from organization_unit where code = :province)"
                        + " where id = :id")
                .param("province", vn.thidua.organization.TayNinhStructure.NEW_PROVINCE)
                .param("d", TestClock.today().plusDays(5))
                .param("id", id)
                .update();
        Open movement = new Open(id, TestClock.today().plusDays(5));
        LocalDate day = movement.deadline().minusDays(1);
        TestClock.set(day.atTime(7, 0));

        fireOnBoth("Reminding.scheduledReminders");

        List<String> claims = jdbc.sql(
                        "select instance from cluster_job_run where job = 'registration-reminders'" + " and slot = :d")
                .param("d", day.toString())
                .query(String.class)
                .list();
        assertThat(claims).hasSize(1);
        int reminded = reminders(movement.id(), day);
        int notices = notices();
        assertThat(reminded).as("units reminded").isPositive();

        // the same morning fired again on both (a restart, a late scheduler): nothing more
        fireOnBoth("Reminding.scheduledReminders");
        assertThat(reminders(movement.id(), day)).isEqualTo(reminded);
        assertThat(notices()).isEqualTo(notices);
    }

    @Test
    void theHourlyAuditCheckpointIsWrittenOnceForBothInstances() throws Exception {
        Path file = Path.of("target/two-instances-checkpoints", "audit-checkpoints.log");
        TestClock.set(TestClock.ANCHOR.plusDays(3).withHour(14).withMinute(0));
        long before = lines(file);

        fireOnBoth("CheckpointingTrail.hourly");
        assertThat(lines(file)).isEqualTo(before + 1);
        fireOnBoth("CheckpointingTrail.hourly");
        assertThat(lines(file)).isEqualTo(before + 1);

        TestClock.set(TestClock.ANCHOR.plusDays(3).withHour(15).withMinute(0));
        fireOnBoth("CheckpointingTrail.hourly");
        assertThat(lines(file)).isEqualTo(before + 2);
    }

    @Test
    void anImportRunsOnOneInstanceWhileTheOtherServesAndReportsItsProgress() throws Exception {
        String unit = jdbc.sql(
                        "select code from organization_unit where name = 'Sở Giáo dục và Đào tạo' and valid_to is null")
                .query(String.class)
                .list()
                .get(0);
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 2_000; i++) {
            rows.add(new String[] {
                String.valueOf(i),
                "Nguyễn Văn " + letters(i),
                i % 2 == 0 ? "Nữ" : "Nam",
                "",
                "",
                "Giáo viên",
                "Có",
                unit,
                ""
            });
        }
        byte[] file = Workbooks.bytes(Workbooks.sheet("Danh sách cá nhân", PeopleImport.COLUMNS, rows));
        int peopleBefore = people();

        Browser specialist = signIn(a, "bantdkt");
        String token = csrf(specialist.get(a + "/people/import").body());
        HttpResponse<String> upload = specialist.upload(a + "/people/import", token, "hai-may.xlsx", file);
        assertThat(upload.statusCode()).isEqualTo(302);
        String job = upload.headers().firstValue("Location").orElseThrow();
        job = job.substring(job.indexOf("/imports/"));

        // while A imports, B serves readers and signed-in users, and shows the job's progress
        List<Long> millis = new ArrayList<>();
        int served = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String status = "";
        String shown = "";
        while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            assertThat(anonymous(b + "/portal?lan=" + served).statusCode()).isEqualTo(200);
            assertThat(specialist.get(b + "/people").statusCode()).isEqualTo(200);
            millis.add(Duration.ofNanos(System.nanoTime() - t).toMillis());
            served++;
            HttpResponse<String> progress = specialist.get(b + job);
            assertThat(progress.statusCode()).isEqualTo(200);
            shown = progress.body();
            status = jdbc.sql("select status from organization_import_job where id = :id")
                    .param("id", job.substring(job.lastIndexOf('/') + 1))
                    .query(String.class)
                    .single();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                assertThat(progress.body()).contains("hai-may.xlsx");
                break;
            }
        }
        String page = org.jsoup.Jsoup.parse(shown).text();
        page = page.substring(0, Math.min(400, page.length()));
        assertThat(status).as(page).isEqualTo("DONE");
        assertThat(served).isPositive();
        assertThat(people()).isEqualTo(peopleBefore + 2_000);
        assertThat(specialist.get(b + "/people?q=" + letters(1_999)).body()).contains("Nguyễn Văn " + letters(1_999));
        System.out.println("two instances: B served " + served + " page pairs during the import, slowest "
                + millis.stream().mapToLong(Long::longValue).max().orElse(0) + " ms");
    }

    /** A name part of letters only for a number (names have no digits): 1 = "Ba", 2 = "Bb"… */
    private static String letters(int n) {
        StringBuilder name = new StringBuilder();
        for (int rest = n; rest > 0; rest /= 26) {
            name.append((char) ('a' + rest % 26));
        }
        return "B" + name;
    }

    // ---- the two instances' schedulers

    /** Runs the named scheduled method on both instances at once, as their schedulers would at its time. */
    private void fireOnBoth(String method) throws Exception {
        List<Runnable> tasks = List.of(task(first, method), task(second, method));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> done = new ArrayList<>();
        for (Runnable task : tasks) {
            done.add(pool.submit(task));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static Runnable task(ApplicationContext context, String method) {
        for (ScheduledTaskHolder holder :
                context.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask scheduled : holder.getScheduledTasks()) {
                if (scheduled.getTask().toString().contains(method)) {
                    return scheduled.getTask().getRunnable();
                }
            }
        }
        List<String> all = new ArrayList<>();
        context.getBeansOfType(ScheduledTaskHolder.class)
                .values()
                .forEach(h -> h.getScheduledTasks().forEach(t -> all.add(t.getTask() + "")));
        throw new AssertionError("no scheduled task " + method + " among " + all);
    }

    // ---- the database, read as a check

    private long views(long article) {
        return jdbc.sql("select views from portal_article where id = :id")
                .param("id", article)
                .query(Long.class)
                .single();
    }

    private int reminders(long movement, LocalDate day) {
        return jdbc.sql("select count(*) from notification_reminder where kind = 'REGISTRATION'"
                        + " and subject_id = :m and sent_on = :d")
                .param("m", movement)
                .param("d", day)
                .query(Integer.class)
                .single();
    }

    private int notices() {
        return jdbc.sql("select count(*) from notification_notice")
                .query(Integer.class)
                .single();
    }

    private int people() {
        return jdbc.sql("select count(*) from organization_person")
                .query(Integer.class)
                .single();
    }

    private static long lines(Path file) throws IOException {
        return Files.exists(file)
                ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count()
                : 0;
    }

    // ---- HTTP as a browser does it

    private HttpResponse<String> anonymous(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private Browser signIn(String server, String username) throws Exception {
        Browser browser = new Browser();
        String token = csrf(browser.get(server + "/login").body());
        HttpResponse<String> in =
                browser.post(server + "/login", Map.of("username", username, "password", PASSWORD, "_csrf", token));
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.cookies).containsKey("SESSION");
        return browser;
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            m = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(html);
            assertThat(m.find()).as("a CSRF field on the page").isTrue();
        }
        return m.group(1);
    }

    /** Keeps cookies as a browser does, whichever instance set them (both are "localhost"). */
    private final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(url)).GET());
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder();
            form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        HttpResponse<String> upload(String url, String token, String name, byte[] file)
                throws IOException, InterruptedException {
            String boundary = "----twoinstances" + UUID.randomUUID();
            var out = new java.io.ByteArrayOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(file);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            if (!cookies.isEmpty()) {
                StringBuilder header = new StringBuilder();
                cookies.forEach((k, v) -> header.append(header.isEmpty() ? "" : "; ")
                        .append(k)
                        .append('=')
                        .append(v));
                request.header("Cookie", header.toString());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : response.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                String cookieName = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                if (value.isEmpty() || set.toLowerCase(java.util.Locale.ROOT).contains("max-age=0")) {
                    cookies.remove(cookieName);
                } else {
                    cookies.put(cookieName, value);
                }
            }
            return response;
        }
    }
}
