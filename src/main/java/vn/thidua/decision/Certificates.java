package vn.thidua.decision;

import static vn.thidua.shared.PdfMarks.centerAt;
import static vn.thidua.shared.PdfMarks.font;
import static vn.thidua.shared.PdfMarks.qr;
import static vn.thidua.shared.PdfMarks.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-certificates (Bằng khen, Giấy khen, certificates of a title): one landscape A4 page per
 * recipient of a signed decision, with a QR code that opens the public verification page; a whole
 * decision's certificates as one PDF. The public page shows only what the decision publishes.
 */
@Service
public class Certificates {

    private static final float MM = 72f / 25.4f;
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final MessageSource messages;
    private final HonourRoll honourRoll;

    Certificates(JdbcClient jdbc, Decisions decisions, MessageSource messages, HonourRoll honourRoll) {
        this.honourRoll = honourRoll;
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.messages = messages;
    }

    /** What the verification page shows for a code; empty for unknown codes or unsigned decisions. */
    public record Verified(
            String fullName,
            String position,
            String award,
            boolean posthumous,
            String decisionNumber,
            java.time.LocalDate decidedOn,
            String issuer,
            boolean revoked,
            boolean corrected,
            String revokedBy,
            java.time.LocalDate revokedOn) {}

    @Transactional(readOnly = true)
    public Optional<Verified> verify(String code) {
        if (code == null || !code.matches("[A-Z0-9]{20}")) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select r.full_name, r.position, r.award, r.posthumous, d.number, d.symbol, d.decided_on, d.authority,
                       r.status, v.number as v_number, v.symbol as v_symbol, v.decided_on as v_on
                from decision_recipient r
                join decision_decision d on d.id = r.decision_id
                left join decision_decision v on v.id = r.revoked_by
                where r.code = :c and d.status = 'SIGNED'""")
                .param("c", code)
                .query((rs, n) -> new Verified(
                        rs.getString(1),
                        rs.getString(2),
                        awardName(rs.getString(3)),
                        rs.getBoolean(4),
                        Decision.numberText(rs.getInt(5), rs.getString(6)),
                        rs.getObject(7, java.time.LocalDate.class),
                        rs.getString(8),
                        "REVOKED".equals(rs.getString(9)),
                        "CORRECTED".equals(rs.getString(9)),
                        rs.getObject("v_number") == null
                                ? null
                                : Decision.numberText(rs.getInt("v_number"), rs.getString("v_symbol")),
                        rs.getObject("v_on", java.time.LocalDate.class)))
                .optional();
    }

    /** One line of the public honour roll: who, what, by which decision, and the code to verify it. */
    public record Honoured(
            String fullName,
            String position,
            String award,
            boolean posthumous,
            String decisionNumber,
            java.time.LocalDate decidedOn,
            String code) {}

    /** The honour roll: every valid award of a signed decision, newest first (public: no account needed). */
    @Transactional(readOnly = true)
    public List<Honoured> honourRoll(int limit) {
        return honourRoll.newest(limit);
    }

    /** A page of the honour roll: at most {@code limit} entries after the newest {@code offset}. */
    public List<Honoured> honourRoll(int offset, int limit) {
        return honourRoll.newest(offset, limit);
    }

    /** The certificates of a signed decision, one page each; {@code verifyUrl} prefixes the codes. */
    @Transactional(readOnly = true)
    public byte[] batch(Long decisionId, String verifyUrl) {
        Decision d = decisions.find(decisionId);
        if (d.status() != Decision.Status.SIGNED || d.kind() == Decision.Kind.REVOCATION) {
            throw vn.thidua.shared.InvalidInput.of("status", "validation.decision.notSigned");
        }
        List<Recipient> recipients = decisions.recipients(decisionId).stream()
                .filter(r -> r.status() == Recipient.Status.VALID)
                .toList();
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = font(doc, "/liberation/LiberationSerif-Regular.ttf");
            PDType0Font bold = font(doc, "/liberation/LiberationSerif-Bold.ttf");
            PDType0Font italic = font(doc, "/liberation/LiberationSerif-Italic.ttf");
            for (Recipient r : recipients) {
                page(doc, d, r, verifyUrl + r.code(), regular, bold, italic);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void page(
            PDDocument doc,
            Decision d,
            Recipient r,
            String url,
            PDType0Font regular,
            PDType0Font bold,
            PDType0Font italic)
            throws IOException {
        PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        PDPage page = new PDPage(size);
        doc.addPage(page);
        float w = size.getWidth();
        float h = size.getHeight();
        try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
            s.setStrokingColor(new PDColor(new float[] {0.55f, 0.05f, 0.05f}, PDDeviceRGB.INSTANCE));
            s.setLineWidth(3);
            s.addRect(12 * MM, 12 * MM, w - 24 * MM, h - 24 * MM);
            s.stroke();
            s.setLineWidth(0.8f);
            s.addRect(15 * MM, 15 * MM, w - 30 * MM, h - 30 * MM);
            s.stroke();
            float y = h - 32 * MM;
            center(s, bold, 15, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", w, y);
            center(s, bold, 14, "Độc lập - Tự do - Hạnh phúc", w, y -= 18);
            center(s, bold, 17, d.authority(), w, y -= 34);
            String award = messages.getMessage(
                    "award." + r.award().name(), null, r.award().name(), VI);
            center(s, bold, 30, ("TẶNG " + headline(award)).toUpperCase(VI), w, y -= 48);
            center(s, bold, 24, (r.posthumous() ? "Truy tặng: " : "") + r.fullName(), w, y -= 50);
            if (r.position() != null) {
                center(s, italic, 15, r.position(), w, y -= 26);
            }
            center(
                    s,
                    regular,
                    15,
                    "Đã có thành tích xuất sắc trong phong trào thi đua năm " + d.achievementYear(),
                    w,
                    y -= 32);
            center(
                    s,
                    regular,
                    13,
                    "Quyết định số " + d.numberText() + " ngày " + DecisionDocument.date(d.decidedOn()),
                    w,
                    y -= 40);
            center(s, italic, 13, d.place() + ", " + DecisionDocument.placeDate(d), w, y -= 18);
            float signerX = w * 0.72f;
            float sy = 58 * MM;
            if (d.signingFor() != null) {
                centerAt(s, bold, 14, d.signingFor(), signerX, sy);
                sy -= 18;
            }
            centerAt(s, bold, 14, d.signerPosition(), signerX, sy);
            centerAt(s, italic, 11, "(Đã ký số)", signerX, sy - 18);
            centerAt(s, bold, 15, d.signerName(), signerX, 26 * MM);
            qr(s, url, 22 * MM, 22 * MM, 32 * MM);
            text(s, regular, 8, "Xác minh: " + url, 22 * MM, 19 * MM);
            text(s, regular, 9, "Mã: " + r.code(), 22 * MM, 56 * MM);
        }
    }

    /** The form's name as the certificate's headline: "Bằng khen", "Giấy khen", the title. */
    private static String headline(String award) {
        int of = award.indexOf(" của ");
        return of > 0 ? award.substring(0, of) : award;
    }

    private static void center(PDPageContentStream s, PDType0Font font, float size, String raw, float width, float y)
            throws IOException {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        float tw = font.getStringWidth(text) / 1000f * size;
        text(s, font, size, text, (width - tw) / 2, y);
    }

    private String awardName(String award) {
        return messages.getMessage("award." + award, null, award, VI);
    }
}
