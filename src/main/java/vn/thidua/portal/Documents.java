package vn.thidua.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * The portal's documents by section — directive documents, programmes and plans, drafts open for
 * comment, meeting invitations and papers — each with its number and symbol, issuer, signer, dates,
 * validity, summary, files and related documents. Comments on a draft are taken only within its
 * window, and show to the editors for moderation.
 */
@Service
public class Documents {

    static final String FILES = "portal-document";

    private final JdbcClient jdbc;
    private final Attachments attachments;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ReaderComments comments;
    private final PortalSearch search;

    Documents(
            PortalSearch search,
            JdbcClient jdbc,
            Attachments attachments,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            ReaderComments comments) {
        this.search = search;
        this.comments = comments;
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    public enum Section {
        DIRECTIVE,
        PLAN,
        DRAFT,
        MEETING
    }

    public record Document(
            Long id,
            Section section,
            String numberSymbol,
            String issuer,
            String signer,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String title,
            String summary,
            LocalDate commentFrom,
            LocalDate commentTo,
            String related,
            String status,
            int version,
            java.time.LocalDateTime meetingAt,
            String venue) {

        /** A meeting still to come (or under way today). */
        public boolean upcoming(LocalDate day) {
            return meetingAt != null && !meetingAt.toLocalDate().isBefore(day);
        }

        public boolean openForComment(LocalDate day) {
            return section == Section.DRAFT
                    && commentFrom != null
                    && commentTo != null
                    && !day.isBefore(commentFrom)
                    && !day.isAfter(commentTo);
        }
    }

    public record Input(
            Section section,
            String numberSymbol,
            String issuer,
            String signer,
            LocalDate issuedOn,
            LocalDate validFrom,
            LocalDate validTo,
            String title,
            String summary,
            LocalDate commentFrom,
            LocalDate commentTo,
            String related,
            java.time.LocalDateTime meetingAt,
            String venue) {}

    @Transactional(readOnly = true)
    public List<Document> published(Section section) {
        String order = section == Section.MEETING
                ? " order by meeting_at desc nulls last, id desc"
                : " order by issued_on desc nulls last, id desc";
        return jdbc.sql("select * from portal_document where status = 'PUBLISHED' and section = :s" + order)
                .param("s", section.name())
                .query(Documents::document)
                .list();
    }

    /** One entry of a document's "related documents", linked when it names a published document. */
    public record Reference(String text, Document document) {}

    /**
     * The documents a published document relates to, as its editor listed them (separated by ";" or
     * lines): each entry that names a published document's number and symbol links to it. Then the
     * published documents that list this one.
     */
    public record Related(List<Reference> cites, List<Document> citedBy) {}

    @Transactional(readOnly = true)
    public Related related(Document d) {
        List<Document> all = jdbc.sql("select * from portal_document where status = 'PUBLISHED' and id <> :id"
                        + " order by issued_on desc nulls last, id desc")
                .param("id", d.id())
                .query(Documents::document)
                .list();
        List<Reference> cites = new java.util.ArrayList<>();
        if (!blank(d.related())) {
            for (String entry : d.related().split("[;\\n]")) {
                String text = entry.strip();
                if (!text.isEmpty()) {
                    cites.add(new Reference(
                            text,
                            all.stream()
                                    .filter(o -> names(text, o.numberSymbol()))
                                    .findFirst()
                                    .orElse(null)));
                }
            }
        }
        List<Document> citedBy = all.stream()
                .filter(o -> !blank(o.related()) && names(o.related(), d.numberSymbol()))
                .toList();
        return new Related(cites, citedBy);
    }

    /** Whether the text names the number and symbol as a whole: "01/CT-UBND" is not in "101/CT-UBND". */
    static boolean names(String text, String numberSymbol) {
        if (blank(numberSymbol)) {
            return false;
        }
        return java.util.regex.Pattern.compile(
                        "(?<![\\p{L}\\p{N}/-])" + java.util.regex.Pattern.quote(numberSymbol.strip())
                                + "(?![\\p{L}\\p{N}/-])",
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE)
                .matcher(text)
                .find();
    }

    /**
     * Published documents whose number, title, summary or issuer have words starting with every word
     * of the query, diacritics ignored, newest first: from the word index (ADR 0028).
     */
    @Transactional(readOnly = true)
    public List<Document> search(String query, int limit) {
        return search.find(PortalSearch.DOCUMENT, SEARCH, SEARCH_ORDER, query, limit, Documents::document);
    }

    /** The database's plan for the statement {@link #search} runs (EXPLAIN). */
    @Transactional(readOnly = true)
    String searchPlan(String query) {
        return search.plan(PortalSearch.DOCUMENT, SEARCH, SEARCH_ORDER, query, 200);
    }

    private static final String SEARCH = "select x.* from portal_document x where x.status = 'PUBLISHED'";
    private static final String SEARCH_ORDER = " order by x.issued_on desc nulls last, x.id desc";

    @Transactional(readOnly = true)
    public Optional<Document> publishedById(Long id) {
        return jdbc.sql("select * from portal_document where id = :id and status = 'PUBLISHED'")
                .param("id", id)
                .query(Documents::document)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<Attached> files(Long documentId) {
        return attachments.of(Owner.of(FILES, documentId));
    }

    /** A published document's file for the public; empty when it is not one of the document's. */
    @Transactional(readOnly = true)
    public Optional<Attachments.Download> file(Long documentId, Long fileId) {
        if (publishedById(documentId).isEmpty()) {
            return Optional.empty();
        }
        boolean mine = files(documentId).stream().anyMatch(f -> f.id() == fileId);
        return mine ? Optional.of(attachments.open(fileId)) : Optional.empty();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A comment on a draft: only while its window is open; name and e-mail; three an hour per address. */
    @Transactional
    public void comment(Long documentId, String name, String email, String body, String source, String trap) {
        comment(documentId, name, email, body, source, null, trap);
    }

    /** As above, and at most three an hour from the reader's visitor cookie too. */
    @Transactional
    public void comment(
            Long documentId, String name, String email, String body, String source, String visitor, String trap) {
        if (trap != null && !trap.isBlank()) {
            return;
        }
        Document d = publishedById(documentId).orElseThrow(() -> new ArticleNotFound(String.valueOf(documentId)));
        if (!d.openForComment(today())) {
            throw InvalidInput.of("body", "validation.portal.windowClosed");
        }
        ReaderComments.Checked c =
                comments.check("portal_document_comment", name, email, body, 4000, source, visitor, List.of());
        jdbc.sql(
                        "insert into portal_document_comment (document_id, author_name, email, body, submitted_at, source_hash,"
                                + " status) values (:d, :n, :e, :b, :at, :h, 'PENDING')")
                .param("d", documentId)
                .param("n", c.name())
                .param("e", c.email())
                .param("b", c.body())
                .param("at", c.at())
                .param("h", c.sourceHash())
                .update();
    }

    @Transactional(readOnly = true)
    public int commentsOn(Long documentId) {
        return jdbc.sql("select count(*) from portal_document_comment where document_id = :d")
                .param("d", documentId)
                .query(Integer.class)
                .single();
    }

    // ---- the editors

    @Transactional(readOnly = true)
    public List<Document> all() {
        PortalEditors.require(scope);
        return jdbc.sql("select * from portal_document order by id desc")
                .query(Documents::document)
                .list();
    }

    @Transactional
    public Document create(Input in) {
        return create(in, null, null);
    }

    /** A new document (hidden until published) and its file, both or neither. */
    @Transactional
    public Document create(Input in, String fileName, byte[] file) {
        PortalEditors.require(scope);
        check(in);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(
                        "insert into portal_document (section, number_symbol, issuer, signer, issued_on, valid_from, valid_to, title,"
                                + " summary, comment_from, comment_to, related, meeting_at, venue, status) values (:sec, :num, :iss,"
                                + " :sig, :on, :vf, :vt, :t, :sum, :cf, :ct, :rel, :mt, :ven, 'DRAFT')")
                .param("sec", in.section().name())
                .param("num", in.numberSymbol())
                .param("iss", in.issuer().strip())
                .param("sig", in.signer())
                .param("on", in.issuedOn())
                .param("vf", in.validFrom())
                .param("vt", in.validTo())
                .param("t", in.title().strip())
                .param("sum", in.summary())
                .param("cf", in.commentFrom())
                .param("ct", in.commentTo())
                .param("rel", blank(in.related()) ? null : in.related().strip())
                .param("mt", in.meetingAt())
                .param("ven", blank(in.venue()) ? null : in.venue().strip())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        search.document(id);
        if (file != null && file.length > 0) {
            attach(id, fileName, file); // a refused file takes the document back with it
        }
        events.publishEvent(AuditableChange.created("portal-document", id, in.title()));
        return jdbc.sql("select * from portal_document where id = :id")
                .param("id", id)
                .query(Documents::document)
                .single();
    }

    /** Changes a document; a stale edit (another editor saved first) fails. */
    @Transactional
    public Document update(Long id, int expectedVersion, Input in) {
        PortalEditors.require(scope);
        check(in);
        Document before = byId(id);
        int updated = jdbc.sql("update portal_document set section = :sec, number_symbol = :num, issuer = :iss,"
                        + " signer = :sig, issued_on = :on, valid_from = :vf, valid_to = :vt, title = :t, summary = :sum,"
                        + " comment_from = :cf, comment_to = :ct, related = :rel, meeting_at = :mt, venue = :ven,"
                        + " version = version + 1 where id = :id and version = :v")
                .param("sec", in.section().name())
                .param(
                        "num",
                        blank(in.numberSymbol()) ? null : in.numberSymbol().strip())
                .param("iss", in.issuer().strip())
                .param("sig", blank(in.signer()) ? null : in.signer().strip())
                .param("on", in.issuedOn())
                .param("vf", in.validFrom())
                .param("vt", in.validTo())
                .param("t", in.title().strip())
                .param("sum", blank(in.summary()) ? null : in.summary().strip())
                .param("cf", in.commentFrom())
                .param("ct", in.commentTo())
                .param("rel", blank(in.related()) ? null : in.related().strip())
                .param("mt", in.meetingAt())
                .param("ven", blank(in.venue()) ? null : in.venue().strip())
                .param("id", id)
                .param("v", expectedVersion)
                .update();
        if (updated == 0) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "document " + id + " changed since it was read");
        }
        search.document(id);
        events.publishEvent(AuditableChange.updated("portal-document", id, before.title(), in.title()));
        return byId(id);
    }

    /** Any document, for the editors. */
    @Transactional(readOnly = true)
    public Document byId(Long id) {
        PortalEditors.require(scope);
        return jdbc.sql("select * from portal_document where id = :id")
                .param("id", id)
                .query(Documents::document)
                .optional()
                .orElseThrow(() -> new ArticleNotFound(String.valueOf(id)));
    }

    /** Takes a file off a document; the audit keeps its name and fingerprint. */
    @Transactional
    public void removeFile(Long documentId, long fileId) {
        PortalEditors.require(scope);
        if (files(documentId).stream().noneMatch(f -> f.id() == fileId)) {
            throw new ArticleNotFound(documentId + "/" + fileId);
        }
        attachments.remove(fileId);
    }

    private static void check(Input in) {
        if (in.section() == null || blank(in.title()) || blank(in.issuer())) {
            throw InvalidInput.of(
                    in.section() == null ? "section" : blank(in.title()) ? "title" : "issuer", "validation.required");
        }
        List<InvalidInput.Problem> tooLong = new java.util.ArrayList<>();
        InvalidInput.fits(tooLong, "numberSymbol", in.numberSymbol(), 100);
        InvalidInput.fits(tooLong, "issuer", in.issuer(), 300);
        InvalidInput.fits(tooLong, "signer", in.signer(), 200);
        InvalidInput.fits(tooLong, "title", in.title(), 1000);
        InvalidInput.fits(tooLong, "summary", in.summary(), 4000);
        InvalidInput.fits(tooLong, "related", in.related(), 1000);
        InvalidInput.fits(tooLong, "venue", in.venue(), 500);
        if (!tooLong.isEmpty()) {
            throw new InvalidInput(tooLong);
        }
        if (in.section() == Section.DRAFT
                && (in.commentFrom() == null
                        || in.commentTo() == null
                        || in.commentTo().isBefore(in.commentFrom()))) {
            throw InvalidInput.of("commentTo", "validation.portal.window");
        }
        if (in.validFrom() != null && in.validTo() != null && in.validTo().isBefore(in.validFrom())) {
            throw InvalidInput.of("validTo", "validation.portal.validity");
        }
        if (in.section() == Section.MEETING && (in.meetingAt() == null || blank(in.venue()))) {
            throw InvalidInput.of(in.meetingAt() == null ? "meetingAt" : "venue", "validation.required");
        }
    }

    @Transactional
    public void publish(Long id, boolean published) {
        PortalEditors.require(scope);
        jdbc.sql("update portal_document set status = :s, version = version + 1 where id = :id")
                .param("s", published ? "PUBLISHED" : "HIDDEN")
                .param("id", id)
                .update();
        events.publishEvent(AuditableChange.updated("portal-document", id, null, published ? "PUBLISHED" : "HIDDEN"));
    }

    @Transactional
    public Attached attach(Long documentId, String fileName, byte[] content) {
        return attachments.attach(Owner.of(FILES, documentId), "van-ban", fileName, content);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Document document(ResultSet rs, int row) throws SQLException {
        return new Document(
                rs.getLong("id"),
                Section.valueOf(rs.getString("section")),
                rs.getString("number_symbol"),
                rs.getString("issuer"),
                rs.getString("signer"),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getObject("comment_from", LocalDate.class),
                rs.getObject("comment_to", LocalDate.class),
                rs.getString("related"),
                rs.getString("status"),
                rs.getInt("version"),
                rs.getObject("meeting_at", java.time.LocalDateTime.class),
                rs.getString("venue"));
    }

    /** The editors read and add documents' files; anyone reads those of a published document. */
    @org.springframework.stereotype.Component
    static class DocumentFiles extends PublishedFiles {

        DocumentFiles(AccessScope scope, JdbcClient jdbc) {
            super(FILES, "portal_document", jdbc, scope);
        }
    }
}
