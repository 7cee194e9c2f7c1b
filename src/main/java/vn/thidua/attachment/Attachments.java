package vn.thidua.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;

/**
 * Keeps files for their owners: checks the kind by name and first bytes, the size, and the owner's
 * rule for who may add and read; records a SHA-256 so a printed list can cite exactly which file was
 * filed; audits every addition and removal.
 */
@Service
public class Attachments {

    private static final String COLUMNS =
            "id, owner_kind, owner_id, slot, doc_type, file_name, content_type, size_bytes, sha256, uploaded_by,"
                    + " uploaded_at";

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, AttachmentOwner> owners;
    private final long maxBytes;

    Attachments(
            JdbcClient jdbc,
            AccessScope scope,
            ApplicationEventPublisher events,
            Clock clock,
            List<AttachmentOwner> owners,
            @Value("${thidua.files.max-bytes:20971520}") long maxBytes) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
        this.owners = owners.stream().collect(Collectors.toMap(AttachmentOwner::kind, Function.identity()));
        this.maxBytes = maxBytes;
    }

    /** A file as downloaded. */
    public record Download(String fileName, String contentType, byte[] content) {}

    /** Stores a file for its owner; refuses (403) when the account may not add files there. */
    @Transactional
    public Attached attach(Owner owner, String docType, String fileName, byte[] content) {
        if (!owner(owner).mayWrite(owner)) {
            throw new AccessDeniedException("may not add files to " + owner);
        }
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw InvalidInput.of("file", "validation.file.empty", name);
        }
        if (content.length > maxBytes) {
            throw InvalidInput.of("file", "validation.file.tooLarge", name, maxBytes / (1024 * 1024));
        }
        FileKind kind =
                FileKind.of(name, content).orElseThrow(() -> InvalidInput.of("file", "validation.file.kind", name));
        String sha256 = sha256(content);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into attachment_file (owner_kind, owner_id, slot, doc_type, file_name, content_type,"
                        + " size_bytes, sha256, content, uploaded_by, uploaded_at)"
                        + " values (:kind, :owner, :slot, :type, :name, :ct, :size, :sha, :content, :by, :at)")
                .param("kind", owner.kind())
                .param("owner", owner.id())
                .param("slot", owner.slot())
                .param("type", docType)
                .param("name", name)
                .param("ct", kind.contentType)
                .param("size", (long) content.length)
                .param("sha", sha256)
                .param("content", content)
                .param("by", scope.actor().username())
                .param("at", Timestamp.from(clock.instant()))
                .update(keys, "id");
        Attached stored = find(keys.getKeyAs(Number.class).longValue());
        events.publishEvent(AuditableChange.created("attachment", stored.id(), describe(stored)));
        return stored;
    }

    /** The owner's files (every slot), oldest first; empty when the account may not read them. */
    @Transactional(readOnly = true)
    public List<Attached> of(Owner owner) {
        if (!owner(owner).mayRead(owner)) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from attachment_file where owner_kind = :kind and owner_id = :owner"
                        + " order by id")
                .param("kind", owner.kind())
                .param("owner", owner.id())
                .query(Attachments::attached)
                .list();
    }

    /** The file; 404 when there is none or the account may not read it. */
    @Transactional(readOnly = true)
    public Download open(long id) {
        Attached file = find(id);
        if (!owner(file.owner()).mayRead(file.owner())) {
            throw new AttachmentNotFound(id);
        }
        byte[] content = jdbc.sql("select content from attachment_file where id = :id")
                .param("id", id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
        return new Download(file.fileName(), file.contentType(), content);
    }

    /** Takes a file away; the audit keeps its name, size and fingerprint. */
    @Transactional
    public void remove(long id) {
        Attached file = find(id);
        if (!owner(file.owner()).mayWrite(file.owner())) {
            throw new AccessDeniedException("may not remove files of " + file.owner());
        }
        jdbc.sql("delete from attachment_file where id = :id").param("id", id).update();
        events.publishEvent(AuditableChange.deleted("attachment", id, describe(file)));
    }

    private Attached find(long id) {
        return jdbc.sql("select " + COLUMNS + " from attachment_file where id = :id")
                .param("id", id)
                .query(Attachments::attached)
                .optional()
                .orElseThrow(() -> new AttachmentNotFound(id));
    }

    private AttachmentOwner owner(Owner owner) {
        AttachmentOwner rule = owners.get(owner.kind());
        if (rule == null) {
            throw new IllegalArgumentException("no module keeps files of kind " + owner.kind());
        }
        return rule;
    }

    /** The name without any folder a browser sends along, composed (NFC), at most 255 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\p{Cntrl}\"]", "");
        if (name.isEmpty()) {
            throw InvalidInput.of("file", "validation.file.noName");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String describe(Attached file) {
        return "owner=" + file.owner().kind() + "/" + file.owner().id()
                + (file.owner().slot().isEmpty() ? "" : "/" + file.owner().slot()) + "\nname=" + file.fileName()
                + "\ntype=" + file.docType() + "\nsize=" + file.size() + "\nsha256=" + file.sha256();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Attached attached(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Attached(
                rs.getLong("id"),
                new Owner(rs.getString("owner_kind"), rs.getLong("owner_id"), rs.getString("slot")),
                rs.getString("doc_type"),
                rs.getString("file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
