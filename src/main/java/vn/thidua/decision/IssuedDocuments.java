package vn.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.DocumentFormat;

/**
 * The PDF of an issued decision as the system generated it, kept once with its SHA-256: what the
 * signer is given to sign, and what an uploaded signed file must be (byte for byte, before the
 * signature). It carries the decision's id and number in its metadata ({@value #IDENTIFIER}).
 */
@Component
public class IssuedDocuments {

    /** The document information entry naming the decision: "id|number|date". */
    public static final String IDENTIFIER = "ThiDuaDecision";

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Decisions decisions;
    private final DecisionDocument documents;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    IssuedDocuments(
            Decisions decisions, DecisionDocument documents, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.decisions = decisions;
        this.documents = documents;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    /** The generated document and its fingerprint. */
    public record Issued(byte[] content, String sha256) {}

    /**
     * The PDF to sign: for an issued decision, the one kept (generated on first request, under a lock
     * on the decision's row so two first requests keep one); otherwise written afresh.
     */
    @Transactional
    public byte[] pdf(Long decisionId) {
        Decision d = decisions.find(decisionId);
        if (d.status() != Decision.Status.ISSUED) {
            return write(decisionId);
        }
        jdbc.sql("select id from decision_decision where id = :id for update")
                .param("id", decisionId)
                .query(Long.class)
                .single();
        Optional<Issued> kept = kept(decisionId);
        if (kept.isPresent()) {
            return kept.get().content();
        }
        byte[] pdf = identified(write(decisionId), d);
        jdbc.sql("insert into decision_document (decision_id, content, size_bytes, sha256, generated_at)"
                        + " values (:d, :c, :s, :h, :at)")
                .param("d", decisionId)
                .param("c", pdf)
                .param("s", (long) pdf.length)
                .param("h", sha256(pdf))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        return pdf;
    }

    /** The document kept for the decision, if it was generated. */
    @Transactional(readOnly = true)
    public Optional<Issued> kept(Long decisionId) {
        return jdbc.sql("select content, sha256 from decision_document where decision_id = :d")
                .param("d", decisionId)
                .query((rs, n) -> new Issued(rs.getBytes(1), rs.getString(2).trim()))
                .optional();
    }

    private byte[] write(Long decisionId) {
        return documents.write(decisionId, DocumentFormat.PDF, key -> messages.getMessage(key, null, key, VI));
    }

    /** The decision's identifier in the document information, so a stray file can be told apart. */
    static byte[] identified(byte[] pdf, Decision d) {
        try (PDDocument doc = Loader.loadPDF(pdf);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.getDocumentInformation()
                    .setCustomMetadataValue(
                            IDENTIFIER, d.id() + "|" + d.numberText() + "|" + DecisionDocument.date(d.decidedOn()));
            doc.getDocumentInformation().setSubject("Quyết định số " + d.numberText());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
