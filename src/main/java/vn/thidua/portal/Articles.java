package vn.thidua.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.VietnameseText;

/**
 * Articles of the portal: the editors write, publish and hide them; the public reads published ones
 * only, rates each once (by its visitor cookie), and comments under a name and e-mail — comments
 * show only once an editor has approved them, and are always displayed as text, never as markup.
 */
@Service
public class Articles {

    private static final String COLUMNS =
            "id, category, slug, title, summary, body, published_at, author, status, views,"
                    + " rating_sum, rating_count, version, movement_id";

    private final JdbcClient jdbc;
    private final Counters counters;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReaderComments comments;
    private final Throttle throttle;
    private final int ratingsPerAddress;
    private final PortalSearch search;

    Articles(
            PortalSearch search,
            JdbcClient jdbc,
            Counters counters,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            ReaderComments comments,
            Throttle throttle,
            @org.springframework.beans.factory.annotation.Value("${thidua.portal.ratings-per-address:5}")
                    int ratingsPerAddress) {
        this.search = search;
        this.comments = comments;
        this.throttle = throttle;
        this.ratingsPerAddress = ratingsPerAddress;
        this.jdbc = jdbc;
        this.counters = counters;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    public enum Status {
        DRAFT,
        PUBLISHED,
        HIDDEN
    }

    public record Article(
            Long id,
            String category,
            String slug,
            String title,
            String summary,
            String body,
            Instant publishedAt,
            String author,
            Status status,
            long views,
            int ratingSum,
            int ratingCount,
            int version,
            Long movementId) {

        /** The paragraphs of the body, as the page shows them. */
        public List<String> paragraphs() {
            return List.of(body.split("\\n\\s*\\n|\\n"));
        }
    }

    public record Comment(
            Long id,
            Long articleId,
            Long parentId,
            String authorName,
            String body,
            Instant submittedAt,
            String status,
            List<Comment> replies) {}

    // ---- public

    /**
     * The portal's sections (chuyên mục): news and events; exemplary people and models (gương điển
     * hình tiên tiến), whose stories the honour roll shows beside the decisions; questions and answers
     * on the law of emulation and commendation.
     */
    public static final List<String> CATEGORIES = List.of("tin-tuc", "guong-dien-hinh", "hoi-dap");

    @Transactional(readOnly = true)
    public List<Article> published(int limit) {
        return published(null, limit);
    }

    /** The newest published articles of a section (null: of every section). */
    @Transactional(readOnly = true)
    public List<Article> published(String category, int limit) {
        return jdbc
                .sql("select " + COLUMNS + " from portal_article where status = 'PUBLISHED'"
                        + (category == null ? "" : " and category = :c")
                        + " order by published_at desc, id desc fetch first :n rows only")
                .paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                        .addValue("c", category)
                        .addValue("n", limit))
                .query(Articles::article)
                .list()
                .stream()
                .map(this::withPendingViews)
                .toList();
    }

    /**
     * Published articles whose title, summary or body have words starting with every word of the
     * query, diacritics ignored, newest first: from the word index (ADR 0028).
     */
    @Transactional(readOnly = true)
    public List<Article> search(String query, int limit) {
        return search.find(PortalSearch.ARTICLE, SEARCH, SEARCH_ORDER, query, limit, Articles::article).stream()
                .map(this::withPendingViews)
                .toList();
    }

    /** The database's plan for the statement {@link #search} runs (EXPLAIN). */
    @Transactional(readOnly = true)
    String searchPlan(String query) {
        return search.plan(PortalSearch.ARTICLE, SEARCH, SEARCH_ORDER, query, 200);
    }

    private static final String SEARCH = "select " + COLUMNS + " from portal_article x where x.status = 'PUBLISHED'";
    private static final String SEARCH_ORDER = " order by x.published_at desc, x.id desc";

    /** A published article, counting the view; empty for drafts and hidden ones. */
    @Transactional(readOnly = true)
    public Optional<Article> read(String slug) {
        Optional<Article> found = jdbc.sql(
                        "select " + COLUMNS + " from portal_article where slug = :s and status = 'PUBLISHED'")
                .param("s", slug)
                .query(Articles::article)
                .optional();
        found.ifPresent(a -> counters.viewed(a.id()));
        return found.map(this::withPendingViews);
    }

    /** The approved comments, replies under the comment they answer. */
    @Transactional(readOnly = true)
    public List<Comment> comments(Long articleId) {
        List<Comment> all = jdbc.sql(
                        "select id, article_id, parent_id, author_name, body, submitted_at, status"
                                + " from portal_comment where article_id = :a and status = 'PUBLISHED' order by submitted_at, id")
                .param("a", articleId)
                .query((rs, n) -> new Comment(
                        rs.getLong(1),
                        rs.getLong(2),
                        (Long) rs.getObject(3, Long.class),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        new ArrayList<>()))
                .list();
        List<Comment> top = new ArrayList<>();
        for (Comment c : all) {
            Optional<Comment> parent = c.parentId() == null
                    ? Optional.empty()
                    : all.stream().filter(p -> p.id().equals(c.parentId())).findFirst();
            if (parent.isPresent()) {
                parent.get().replies().add(c);
            } else {
                top.add(c);
            }
        }
        return top;
    }

    /** One rating per visitor, with no limit per address (tests and trusted callers). */
    @Transactional
    public void rate(Long articleId, String visitor, int stars) {
        rate(articleId, visitor, null, stars);
    }

    /**
     * One rating per visitor: a second one is refused, the first stands. And at most {@code
     * thidua.portal.ratings-per-address} (5) a day per article from one address (an IPv6 address by
     * its /64): a client that drops its cookie is a new visitor on every request (ADR 0024).
     */
    @Transactional
    public void rate(Long articleId, String visitor, String source, int stars) {
        if (stars < 1 || stars > 5) {
            throw InvalidInput.of("stars", "validation.portal.stars");
        }
        publishedById(articleId);
        try {
            jdbc.sql("insert into portal_rating (article_id, visitor, stars) values (:a, :v, :s)")
                    .param("a", articleId)
                    .param("v", sha256(visitor))
                    .param("s", stars)
                    .update();
        } catch (DuplicateKeyException again) {
            throw InvalidInput.of("stars", "validation.portal.ratedAlready");
        }
        if (source != null
                && !throttle.take(
                        "rating|" + vn.thidua.shared.ClientAddresses.key(source) + "|" + articleId,
                        java.time.LocalDate.now(clock)
                                .atStartOfDay(clock.getZone())
                                .toInstant(),
                        ratingsPerAddress)) {
            throw InvalidInput.of("stars", "validation.portal.ratingsPerAddress", ratingsPerAddress);
        }
        jdbc.sql(
                        "update portal_article set rating_sum = rating_sum + :s, rating_count = rating_count + 1 where id = :a")
                .param("s", stars)
                .param("a", articleId)
                .update();
    }

    /**
     * A reader's comment, held for moderation: name and e-mail required, at most 2,000 characters,
     * at most three an hour from one address; a filled trap field marks a bot, dropped silently.
     */
    @Transactional
    public void comment(
            Long articleId, Long parentId, String name, String email, String body, String source, String trap) {
        comment(articleId, parentId, name, email, body, source, null, trap);
    }

    /** As above, and at most three an hour from the reader's visitor cookie too. */
    @Transactional
    public void comment(
            Long articleId,
            Long parentId,
            String name,
            String email,
            String body,
            String source,
            String visitor,
            String trap) {
        if (trap != null && !trap.isBlank()) {
            return;
        }
        publishedById(articleId);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (parentId != null) {
            boolean sameArticle = jdbc.sql("select count(*) from portal_comment where id = :p and article_id = :a")
                            .param("p", parentId)
                            .param("a", articleId)
                            .query(Integer.class)
                            .single()
                    > 0;
            if (!sameArticle) {
                problems.add(InvalidInput.Problem.of("replyTo", "validation.portal.parent"));
            }
        }
        ReaderComments.Checked c = comments.check("portal_comment", name, email, body, 2000, source, visitor, problems);
        jdbc.sql(
                        "insert into portal_comment (article_id, parent_id, author_name, email, body, submitted_at, source_hash,"
                                + " status) values (:a, :p, :n, :e, :b, :at, :h, 'PENDING')")
                .param("a", articleId)
                .param("p", parentId)
                .param("n", c.name())
                .param("e", c.email())
                .param("b", c.body())
                .param("at", c.at())
                .param("h", c.sourceHash())
                .update();
    }

    // ---- the editors

    @Transactional(readOnly = true)
    public List<Article> all() {
        PortalEditors.require(scope);
        return jdbc
                .sql("select " + COLUMNS
                        + " from portal_article order by coalesce(published_at, timestamp '2999-01-01') desc, id desc")
                .query(Articles::article)
                .list()
                .stream()
                .map(this::withPendingViews)
                .toList();
    }

    public record Pending(
            Long id, Long articleId, String articleTitle, String authorName, String email, String body, Instant at) {}

    @Transactional(readOnly = true)
    public List<Pending> pending() {
        PortalEditors.require(scope);
        return jdbc.sql(
                        "select c.id, c.article_id, a.title, c.author_name, c.email, c.body, c.submitted_at from portal_comment c"
                                + " join portal_article a on a.id = c.article_id where c.status = 'PENDING' order by c.submitted_at")
                .query((rs, n) -> new Pending(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    @Transactional
    public void moderate(Long commentId, boolean approve) {
        PortalEditors.require(scope);
        jdbc.sql("update portal_comment set status = :s, moderated_by = :by where id = :id and status = 'PENDING'")
                .param("s", approve ? "PUBLISHED" : "REJECTED")
                .param("by", scope.actor().username())
                .param("id", commentId)
                .update();
        events.publishEvent(
                AuditableChange.updated("portal-comment", commentId, "PENDING", approve ? "PUBLISHED" : "REJECTED"));
    }

    @Transactional
    public Article write(
            String category, String title, String summary, String body, Instant publishedAt, String author) {
        PortalEditors.require(scope);
        String t = text(title);
        String b = text(body);
        check(t, b, category);
        return byId(insertDraft(category, t, summary, b, publishedAt, author, null));
    }

    /**
     * The article announcing a movement just launched, drafted for the editors to review and publish
     * (no editor's role needed: the launch is the act; nothing is public until an editor publishes).
     */
    @Transactional
    Article draftForMovement(Long movementId, String title, String summary, String body, String author) {
        return byId(insertDraft("tin-tuc", text(title), summary, text(body), null, author, movementId));
    }

    private long insertDraft(
            String category, String t, String summary, String b, Instant publishedAt, String author, Long movementId) {
        String slug = slug(t);
        int same = jdbc.sql("select count(*) from portal_article where slug like :s")
                .param("s", slug + "%")
                .query(Integer.class)
                .single();
        if (same > 0) {
            slug = slug + "-" + (same + 1);
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into portal_article (category, slug, title, summary, body, published_at, author, status,"
                        + " movement_id) values (:c, :s, :t, :sum, :b, :at, :au, 'DRAFT', :m)")
                .param("c", category == null ? "tin-tuc" : category)
                .param("s", slug)
                .param("t", t)
                .param("sum", text(summary))
                .param("b", b)
                .param("at", publishedAt == null ? null : Timestamp.from(publishedAt))
                .param("au", text(author))
                .param("m", movementId)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        search.article(id);
        events.publishEvent(AuditableChange.created("portal-article", id, t));
        return id;
    }

    /** Changes an article's text; its address stays. A stale edit (another editor saved first) fails. */
    @Transactional
    public Article update(
            Long id,
            int expectedVersion,
            String category,
            String title,
            String summary,
            String body,
            Instant publishedAt,
            String author) {
        PortalEditors.require(scope);
        String t = text(title);
        String b = text(body);
        check(t, b, category);
        Article before = byId(id);
        int updated = jdbc.sql("update portal_article set category = :c, title = :t, summary = :sum, body = :b,"
                        + " published_at = :at, author = :au, version = version + 1 where id = :id and version = :v")
                .param("c", category == null ? before.category() : category)
                .param("t", t)
                .param("sum", text(summary))
                .param("b", b)
                .param("at", publishedAt == null ? null : Timestamp.from(publishedAt))
                .param("au", text(author))
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "article " + id + " changed since it was read");
        }
        search.article(id);
        events.publishEvent(AuditableChange.updated("portal-article", id, before.title(), t));
        return byId(id);
    }

    @Transactional
    public Article setStatus(Long id, int expectedVersion, Status status) {
        PortalEditors.require(scope);
        int updated = jdbc.sql("update portal_article set status = :s, published_at = coalesce(published_at, :now),"
                        + " version = version + 1 where id = :id and version = :v")
                .param("s", status.name())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "article " + id + " changed since it was read");
        }
        events.publishEvent(AuditableChange.updated("portal-article", id, null, status.name()));
        return byId(id);
    }

    @Transactional(readOnly = true)
    public Article byId(Long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_article where id = :id")
                .param("id", id)
                .query(Articles::article)
                .optional()
                .map(this::withPendingViews)
                .orElseThrow(() -> new ArticleNotFound(String.valueOf(id)));
    }

    private Article publishedById(Long id) {
        return jdbc.sql("select " + COLUMNS + " from portal_article where id = :id and status = 'PUBLISHED'")
                .param("id", id)
                .query(Articles::article)
                .optional()
                .orElseThrow(() -> new ArticleNotFound(String.valueOf(id)));
    }

    private Article withPendingViews(Article a) {
        long views = a.views() + counters.pendingViews(a.id());
        return new Article(
                a.id(),
                a.category(),
                a.slug(),
                a.title(),
                a.summary(),
                a.body(),
                a.publishedAt(),
                a.author(),
                a.status(),
                views,
                a.ratingSum(),
                a.ratingCount(),
                a.version(),
                a.movementId());
    }

    /** An article needs its headline and body, and a section of the portal's. */
    private static void check(String headline, String body, String category) {
        if (headline == null || body == null) {
            throw InvalidInput.of(headline == null ? "headline" : "body", "validation.required");
        }
        InvalidInput.requireFits("headline", headline, 500);
        InvalidInput.requireFits("body", body, 200_000);
        if (category != null && !CATEGORIES.contains(category)) {
            throw InvalidInput.of("category", "validation.portal.category", category);
        }
    }

    /** "phat-dong-phong-trao-thi-dua-…": the folded title, words joined by hyphens. */
    static String slug(String title) {
        String s = VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 120 ? s.substring(0, 120).replaceAll("-$", "") : s;
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s.strip(), java.text.Normalizer.Form.NFC);
        return t.isEmpty() ? null : t;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Article article(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("published_at");
        return new Article(
                rs.getLong("id"),
                rs.getString("category"),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("body"),
                at == null ? null : at.toInstant(),
                rs.getString("author"),
                Status.valueOf(rs.getString("status")),
                rs.getLong("views"),
                rs.getInt("rating_sum"),
                rs.getInt("rating_count"),
                rs.getInt("version"),
                rs.getObject("movement_id", Long.class));
    }
}
