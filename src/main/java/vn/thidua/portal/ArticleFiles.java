package vn.thidua.portal;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * The images and files of an article: the editors add them (an image needs a caption, which is also
 * what a screen reader says for it) and take them away; the public sees those of published articles.
 */
@Service
public class ArticleFiles {

    static final String KIND = "portal-article";

    private final JdbcClient jdbc;
    private final Attachments attachments;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;

    ArticleFiles(JdbcClient jdbc, Attachments attachments, AccessScope scope, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.attachments = attachments;
        this.scope = scope;
        this.events = events;
    }

    /** A file of an article as its page shows it: images in the text, other files to download. */
    public record ArticleFile(Attached file, String caption, boolean image) {}

    /** Adds a file; a JPEG or PNG is shown as an image and needs its caption. */
    @Transactional
    public ArticleFile attach(Long articleId, String fileName, byte[] content, String caption) {
        PortalEditors.require(scope);
        String text = caption == null ? "" : Normalizer.normalize(caption.strip(), Normalizer.Form.NFC);
        boolean exists = jdbc.sql("select count(*) from portal_article where id = :id")
                        .param("id", articleId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            throw new ArticleNotFound(String.valueOf(articleId));
        }
        if (text.length() > 500) {
            throw InvalidInput.of("caption", "validation.portal.captionTooLong", 500);
        }
        Attached stored = attachments.attach(Owner.of(KIND, articleId), "bai-viet", fileName, content);
        boolean image = stored.contentType().startsWith("image/");
        if (image && text.isEmpty()) {
            // the transaction takes the stored file back with it
            throw InvalidInput.of("caption", "validation.portal.captionRequired", stored.fileName());
        }
        jdbc.sql("insert into portal_article_file (attachment_id, article_id, caption, image)"
                        + " values (:f, :a, :c, :i)")
                .param("f", stored.id())
                .param("a", articleId)
                .param("c", text.isEmpty() ? null : text)
                .param("i", image)
                .update();
        events.publishEvent(AuditableChange.updated("portal-article", articleId, null, "file+" + stored.fileName()));
        return new ArticleFile(stored, text.isEmpty() ? null : text, image);
    }

    /** The article's files, in the order they were added. */
    @Transactional(readOnly = true)
    public List<ArticleFile> of(Long articleId) {
        Map<Long, Row> rows = jdbc
                .sql("select attachment_id, caption, image from portal_article_file where article_id = :a")
                .param("a", articleId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(Row::id, Function.identity()));
        return attachments.of(Owner.of(KIND, articleId)).stream()
                .filter(f -> rows.containsKey(f.id()))
                .map(f -> new ArticleFile(
                        f, rows.get(f.id()).caption(), rows.get(f.id()).image()))
                .toList();
    }

    /** A published article's file for the public; empty when it is not one of that article's. */
    @Transactional(readOnly = true)
    public Optional<Attachments.Download> published(Long articleId, long fileId) {
        boolean mine =
                jdbc.sql("select count(*) from portal_article_file f join portal_article a on a.id = f.article_id"
                                        + " where f.attachment_id = :f and a.id = :a and a.status = 'PUBLISHED'")
                                .param("f", fileId)
                                .param("a", articleId)
                                .query(Integer.class)
                                .single()
                        > 0;
        return mine ? Optional.of(attachments.open(fileId)) : Optional.empty();
    }

    /** Takes a file off its article; the audit keeps its name and fingerprint. */
    @Transactional
    public void remove(Long articleId, long fileId) {
        PortalEditors.require(scope);
        int removed = jdbc.sql("delete from portal_article_file where attachment_id = :f and article_id = :a")
                .param("f", fileId)
                .param("a", articleId)
                .update();
        if (removed == 0) {
            throw new ArticleNotFound(articleId + "/" + fileId);
        }
        attachments.remove(fileId);
    }

    private record Row(long id, String caption, boolean image) {}

    /** The editors read and add an article's files; anyone reads those of a published article. */
    @Component
    static class Files extends PublishedFiles {

        Files(JdbcClient jdbc, AccessScope scope) {
            super(KIND, "portal_article", jdbc, scope);
        }
    }
}
