package vn.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Printing on pre-printed blanks (phôi Bằng khen): only the filled-in fields, each at a calibrated
 * position in millimetres from the blank's top-left corner ({@code thidua.certificates.fields}); a
 * test sheet draws a millimetre grid and a cross at each field so the office can hold it against a
 * blank and adjust the positions instead of the printer's margins.
 */
@Service
public class Blanks {

    private static final float MM = 72f / 25.4f;
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final Decisions decisions;
    private final Layout layout;

    Blanks(Decisions decisions, Layout layout) {
        this.decisions = decisions;
        this.layout = layout;
    }

    /** Where a field sits (mm from the top-left corner), its size, and whether it is centred on x. */
    public record Field(float x, float y, float size, boolean bold, boolean center) {}

    /**
     * The calibrated positions; defaults fit the A4 landscape blank of the province's Bằng khen;
     * {@code forms.<AWARD>.<field>} moves a field for one form's blank.
     */
    @ConfigurationProperties("thidua.certificates")
    public record Layout(Map<String, Field> fields, Map<String, Map<String, Field>> forms) {

        public Layout {
            Map<String, Field> all = new LinkedHashMap<>();
            all.put("name", new Field(148.5f, 98, 24, true, true));
            all.put("position", new Field(148.5f, 110, 15, false, true));
            all.put("achievement", new Field(148.5f, 124, 15, false, true));
            all.put("decision", new Field(148.5f, 140, 13, false, true));
            all.put("date", new Field(215, 160, 13, false, true));
            all.put("code", new Field(25, 196, 9, false, false));
            if (fields != null) {
                all.putAll(fields);
            }
            fields = Map.copyOf(all);
            forms = forms == null ? Map.of() : Map.copyOf(forms);
        }

        /** The field's position for a form: its own calibration, else the default. */
        public Field of(String award, String field) {
            return forms.getOrDefault(award, Map.of()).getOrDefault(field, fields.get(field));
        }
    }

    /** The fields of every valid recipient of a signed decision, one page each. */
    @Transactional(readOnly = true)
    public byte[] fill(Long decisionId) {
        Decision d = decisions.find(decisionId);
        if (d.status() != Decision.Status.SIGNED || d.kind() == Decision.Kind.REVOCATION) {
            throw vn.thidua.shared.InvalidInput.of("status", "validation.decision.notSigned");
        }
        List<Recipient> recipients = decisions.recipients(decisionId).stream()
                .filter(r -> r.status() == Recipient.Status.VALID)
                .toList();
        return document(doc -> {
            PDType0Font regular = font(doc, "/liberation/LiberationSerif-Regular.ttf");
            PDType0Font bold = font(doc, "/liberation/LiberationSerif-Bold.ttf");
            for (Recipient r : recipients) {
                PDPage page = new PDPage(LANDSCAPE);
                doc.addPage(page);
                Map<String, String> values = new LinkedHashMap<>();
                values.put("name", (r.posthumous() ? "Truy tặng: " : "") + r.fullName());
                values.put("position", r.position() == null ? "" : r.position());
                values.put(
                        "achievement", "Đã có thành tích xuất sắc trong phong trào thi đua năm " + d.achievementYear());
                values.put(
                        "decision",
                        "Quyết định số " + d.numberText() + " ngày " + DecisionDocument.date(d.decidedOn()));
                values.put("date", d.place() + ", " + DecisionDocument.placeDate(d));
                values.put("code", "Mã xác minh: " + r.code());
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (Map.Entry<String, String> v : values.entrySet()) {
                        Field f = layout.of(r.award().name(), v.getKey());
                        write(s, f.bold() ? bold : regular, f, v.getValue());
                    }
                }
            }
        });
    }

    /** A millimetre grid with a cross and the name of every field at its position. */
    public byte[] testSheet() {
        return document(doc -> {
            PDType0Font regular = font(doc, "/liberation/LiberationSerif-Regular.ttf");
            PDPage page = new PDPage(LANDSCAPE);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setLineWidth(0.2f);
                for (int mm = 0; mm <= 297; mm += 10) {
                    s.moveTo(mm * MM, 0);
                    s.lineTo(mm * MM, LANDSCAPE.getHeight());
                }
                for (int mm = 0; mm <= 210; mm += 10) {
                    s.moveTo(0, LANDSCAPE.getHeight() - mm * MM);
                    s.lineTo(LANDSCAPE.getWidth(), LANDSCAPE.getHeight() - mm * MM);
                }
                s.stroke();
                s.setLineWidth(1f);
                for (Map.Entry<String, Field> f : layout.fields().entrySet()) {
                    float x = f.getValue().x() * MM;
                    float y = LANDSCAPE.getHeight() - f.getValue().y() * MM;
                    s.moveTo(x - 4 * MM, y);
                    s.lineTo(x + 4 * MM, y);
                    s.moveTo(x, y - 4 * MM);
                    s.lineTo(x, y + 4 * MM);
                    s.stroke();
                    s.beginText();
                    s.setFont(regular, 9);
                    s.newLineAtOffset(x + 2 * MM, y + 2 * MM);
                    s.showText(String.format(
                            Locale.ROOT,
                            "%s (x=%.1f mm, y=%.1f mm)",
                            f.getKey(),
                            f.getValue().x(),
                            f.getValue().y()));
                    s.endText();
                }
            }
        });
    }

    private static void write(PDPageContentStream s, PDType0Font font, Field f, String raw) throws IOException {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        float width = font.getStringWidth(text) / 1000f * f.size();
        float x = f.x() * MM - (f.center() ? width / 2 : 0);
        float y = LANDSCAPE.getHeight() - f.y() * MM;
        s.beginText();
        s.setFont(font, f.size());
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private interface Pages {
        void draw(PDDocument doc) throws IOException;
    }

    private static byte[] document(Pages pages) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pages.draw(doc);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = Blanks.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in, true);
        }
    }
}
