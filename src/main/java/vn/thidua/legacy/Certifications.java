package vn.thidua.legacy;

import static vn.thidua.shared.PdfMarks.centerAt;
import static vn.thidua.shared.PdfMarks.font;
import static vn.thidua.shared.PdfMarks.qr;
import static vn.thidua.shared.PdfMarks.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.History;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.AttachmentOwner;
import vn.thidua.attachment.Attachments;
import vn.thidua.attachment.Owner;
import vn.thidua.decision.Signatures;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.Person;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseText;

/**
 * Certifying that a person holds awards (giấy xác nhận khen thưởng): the awards are drawn from the
 * records (forms and titles in the person's record, decided or back-filled) and the legacy
 * registers, never typed; who asked and why is logged; the PDF (A4, embedded Liberation Serif, a QR
 * code to {@code /xac-minh/xn/{code}}) is signed with the server's key through the decision module's
 * {@link Signatures} and kept as the record. When nothing is found, nothing is certified: the
 * request is referred to Bộ Nội vụ (registers.md §8).
 */
@Service
class Certifications {

    static final String FILES = "certification";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final float MM = 72f / 25.4f;

    /** Who the certificate is for: a person of the records, or a name (with birth year, CCCD). */
    record Request(
            Long personId, String fullName, Integer birthYear, String nationalId, String requestedBy, String purpose) {}

    /** What will be certified for a request. */
    record Found(String fullName, Integer birthYear, String nationalId, Long personId, List<String> lines) {}

    record Certification(
            Long id,
            String numberText,
            String code,
            String fullName,
            Integer birthYear,
            String requestedBy,
            String purpose,
            List<String> lines,
            LocalDate issuedOn,
            String issuedBy,
            String signerSubject,
            Long fileId) {}

    private final JdbcClient jdbc;
    private final AccessScope scope;
    private final EditingPeople people;
    private final AchievementRecords records;
    private final LegacyRegisters registers;
    private final Signatures signatures;
    private final Attachments attachments;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String issuer;
    private final String symbol;
    private final String signerPosition;

    Certifications(
            JdbcClient jdbc,
            AccessScope scope,
            EditingPeople people,
            AchievementRecords records,
            LegacyRegisters registers,
            Signatures signatures,
            Attachments attachments,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${thidua.certification.issuer:SỞ NỘI VỤ TỈNH TÂY NINH}") String issuer,
            @Value("${thidua.certification.symbol:XN-SNV}") String symbol,
            @Value("${thidua.certification.signer-position:GIÁM ĐỐC}") String signerPosition) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.people = people;
        this.records = records;
        this.registers = registers;
        this.signatures = signatures;
        this.attachments = attachments;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.issuer = issuer;
        this.symbol = symbol;
        this.signerPosition = signerPosition;
    }

    /** The awards a certificate for this request would list (the records', then the registers'). */
    @Transactional(readOnly = true)
    Found find(Request r) {
        requireIssuer();
        String name = VietnameseText.clean(r.fullName());
        Integer birthYear = r.birthYear();
        String nid = VietnameseText.clean(r.nationalId());
        List<String> lines = new ArrayList<>();
        if (r.personId() != null) {
            Person p;
            try {
                p = people.visible(r.personId());
            } catch (RuntimeException notVisible) {
                throw InvalidInput.of("personId", "validation.exemplary.personNotFound", r.personId());
            }
            name = p.getFullName();
            birthYear = p.getBirthDate() == null ? birthYear : p.getBirthDate().getYear();
            nid = p.getNationalId() == null ? nid : p.getNationalId();
            History h = records.historyOf(r.personId());
            for (History.TitleEntry t : h.titles()) {
                lines.add("Danh hiệu " + award(t.title().name()) + " năm " + t.year()
                        + (t.decision() == null ? "" : ", Quyết định số " + t.decision()));
            }
            for (History.AwardEntry a : h.awards()) {
                lines.add(award(a.form().name()) + (a.decision() == null ? "" : ", Quyết định số " + a.decision())
                        + " ngày " + a.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            }
        }
        if (name == null || name.isEmpty()) {
            throw InvalidInput.of("fullName", "validation.required");
        }
        for (LegacyAward a : registers.ofPerson(name, birthYear, nid)) {
            String line = a.citation();
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        return new Found(name, birthYear, nid == null || nid.isEmpty() ? null : nid, r.personId(), lines);
    }

    /** Issues, signs and keeps the certificate; returns it. */
    @Transactional
    Certification issue(Request r, String verifyBase) {
        requireIssuer();
        List<Problem> problems = new ArrayList<>();
        String requestedBy = VietnameseText.clean(r.requestedBy());
        String purpose = VietnameseText.clean(r.purpose());
        if (requestedBy == null || requestedBy.isEmpty()) {
            problems.add(Problem.of("requestedBy", "validation.required"));
        }
        if (purpose == null || purpose.isEmpty()) {
            problems.add(Problem.of("purpose", "validation.required"));
        }
        InvalidInput.fits(problems, "requestedBy", requestedBy, 300);
        InvalidInput.fits(problems, "purpose", purpose, 500);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Found found = find(r);
        if (found.lines().isEmpty()) {
            throw InvalidInput.of("fullName", "validation.certification.nothing", found.fullName());
        }
        String joined = String.join("\n", found.lines());
        InvalidInput.requireFits("lines", joined, 8000);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int number = jdbc.sql("select coalesce(max(cert_number), 0) + 1 from legacy_certification where cert_year = :y")
                .param("y", year)
                .query(Integer.class)
                .single();
        String code = code();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into legacy_certification (cert_year, cert_number, code, full_name, birth_year, national_id, person_id,
                  purpose, requested_by, lines, issued_on, issued_by)
                values (:y, :n, :code, :name, :by, :nid, :pid, :purpose, :req, :lines, :on, :who)""")
                .param("y", year)
                .param("n", number)
                .param("code", code)
                .param("name", found.fullName())
                .param("by", found.birthYear())
                .param("nid", found.nationalId())
                .param("pid", found.personId())
                .param("purpose", purpose)
                .param("req", requestedBy)
                .param("lines", joined)
                .param("on", today)
                .param("who", scope.actor().username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Certification draft = read(id).orElseThrow();
        byte[] pdf = pdf(draft, verifyBase + code);
        byte[] signed = signatures.sign(pdf, issuer, "Xác nhận khen thưởng số " + draft.numberText(), "Tây Ninh");
        Signatures.Validation check = signatures.validate(signed);
        if (!check.valid()) {
            throw new IllegalStateException("a certification just signed does not validate: " + check.problem());
        }
        Attached file = attachments.attach(
                Owner.of(FILES, id), "signed", "xac-nhan-" + draft.numberText().replace('/', '-') + ".pdf", signed);
        jdbc.sql("update legacy_certification set file_id = :f, sha256 = :sha, signer_subject = :s where id = :id")
                .param("f", file.id())
                .param("sha", file.sha256())
                .param("s", check.subject())
                .param("id", id)
                .update();
        events.publishEvent(AuditableChange.created(
                "legacy_certification",
                id,
                "number=" + draft.numberText() + "\nname=" + found.fullName() + "\nbirthYear=" + found.birthYear()
                        + "\nrequestedBy=" + requestedBy + "\npurpose=" + purpose + "\nlines=" + joined
                        + "\nsigned=" + check.subject() + "\nsha256=" + file.sha256()));
        return read(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    List<Certification> recent(int limit) {
        requireIssuer();
        return jdbc.sql("select " + COLS + " from legacy_certification order by id desc fetch first :n rows only")
                .param("n", limit)
                .query(this::row)
                .list();
    }

    @Transactional(readOnly = true)
    Certification get(Long id) {
        requireIssuer();
        return read(id).orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
                org.springframework.http.HttpStatus.NOT_FOUND));
    }

    /** The signed PDF kept as the record. */
    @Transactional(readOnly = true)
    byte[] signedPdf(Long id) {
        Certification c = get(id);
        return attachments.open(c.fileId()).content();
    }

    /** What the public verification page shows for a code; empty for an unknown code. */
    @Transactional(readOnly = true)
    Optional<Certification> verify(String code) {
        if (code == null || !code.matches("[A-Z0-9]{20}")) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLS + " from legacy_certification where code = :c and file_id is not null")
                .param("c", code)
                .query(this::row)
                .optional();
    }

    private Optional<Certification> read(long id) {
        return jdbc.sql("select " + COLS + " from legacy_certification where id = :id")
                .param("id", id)
                .query(this::row)
                .optional();
    }

    private static final String COLS = "id, cert_number, cert_year, code, full_name, birth_year, requested_by, purpose,"
            + " lines, issued_on, issued_by, signer_subject, file_id";

    private Certification row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Certification(
                rs.getLong(1),
                rs.getInt(2) + "/" + symbol,
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6) == null ? null : rs.getInt(6),
                rs.getString(7),
                rs.getString(8),
                List.of(rs.getString(9).split("\n")),
                rs.getObject(10, LocalDate.class),
                rs.getString(11),
                rs.getString(12),
                rs.getObject(13) == null ? null : rs.getLong(13));
    }

    /** The certificate page, A4 portrait, NĐ 30 header, the lines, the signer and the QR code. */
    byte[] pdf(Certification c, String url) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font regular = font(doc, "/liberation/LiberationSerif-Regular.ttf");
            PDType0Font bold = font(doc, "/liberation/LiberationSerif-Bold.ttf");
            PDType0Font italic = font(doc, "/liberation/LiberationSerif-Italic.ttf");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float w = PDRectangle.A4.getWidth();
            float h = PDRectangle.A4.getHeight();
            float left = 30 * MM;
            float right = w - 20 * MM;
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = h - 20 * MM;
                float leftMid = left + 22 * MM;
                float rightMid = w - 20 * MM - 55 * MM;
                centerAt(s, regular, 12, "UBND TỈNH TÂY NINH", leftMid, y);
                centerAt(s, bold, 12, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", rightMid, y);
                centerAt(s, bold, 12, issuer.replaceFirst(" TỈNH TÂY NINH$", ""), leftMid, y - 15);
                centerAt(s, bold, 13, "Độc lập - Tự do - Hạnh phúc", rightMid, y - 15);
                centerAt(s, regular, 12, "Số: " + c.numberText(), leftMid, y - 36);
                centerAt(
                        s,
                        italic,
                        12,
                        "Tây Ninh, ngày " + two(c.issuedOn().getDayOfMonth()) + " tháng "
                                + two(c.issuedOn().getMonthValue()) + " năm "
                                + c.issuedOn().getYear(),
                        rightMid,
                        y - 36);
                y -= 80;
                centerAt(s, bold, 15, "GIẤY XÁC NHẬN KHEN THƯỞNG", w / 2, y);
                y -= 30;
                y = paragraph(
                        s,
                        regular,
                        13,
                        issuer.substring(0, 1)
                                + issuer.substring(1)
                                        .toLowerCase(VI)
                                        .replace("tây ninh", "Tây Ninh")
                                        .replace("nội vụ", "Nội vụ")
                                + " xác nhận:",
                        left,
                        right,
                        y);
                y = paragraph(
                        s,
                        bold,
                        13,
                        "Ông/Bà: " + c.fullName() + (c.birthYear() == null ? "" : ", sinh năm " + c.birthYear()),
                        left,
                        right,
                        y - 4);
                y = paragraph(s, regular, 13, "đã được khen thưởng như sau:", left, right, y - 4);
                int i = 1;
                for (String line : c.lines()) {
                    y = paragraph(s, regular, 13, (i++) + ". " + line, left + 8 * MM, right, y - 2);
                }
                y = paragraph(
                        s,
                        italic,
                        13,
                        "Giấy xác nhận này được cấp theo đề nghị của " + c.requestedBy() + " để " + c.purpose()
                                + ", căn cứ hồ sơ khen thưởng đang lưu giữ.",
                        left,
                        right,
                        y - 10);
                float sy = Math.min(y - 30, 110 * MM);
                centerAt(s, bold, 13, signerPosition, rightMid, sy);
                centerAt(s, italic, 11, "(Đã ký số)", rightMid, sy - 18);
                qr(s, url, left, 20 * MM, 30 * MM);
                text(s, regular, 8, "Xác minh: " + url, left, 16 * MM);
                text(s, regular, 9, "Mã xác minh: " + c.code(), left, 52 * MM);
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Giấy xác nhận khen thưởng số " + c.numberText());
            info.setCustomMetadataValue("ThiDuaCertification", c.id() + "|" + c.numberText() + "|" + c.code());
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    /** Writes words onto lines no wider than the column; returns the y under the last line. */
    private static float paragraph(
            PDPageContentStream s, PDType0Font font, float size, String raw, float x, float right, float y)
            throws IOException {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder line = new StringBuilder();
        float lineHeight = size * 1.35f;
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000f * size > right - x && !line.isEmpty()) {
                text(s, font, size, line.toString(), x, y);
                y -= lineHeight;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            text(s, font, size, line.toString(), x, y);
            y -= lineHeight;
        }
        return y;
    }

    private String award(String name) {
        return messages.getMessage("award." + name, null, name, VI);
    }

    private static String code() {
        StringBuilder s = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    private void requireIssuer() {
        Role role = scope.actor().role();
        if (role != Role.ADMIN && role != Role.SPECIALIST) {
            throw new AccessDeniedException("role " + role + " may not certify awards");
        }
    }

    /** The signed certificates are read by the Ban TĐKT and the administrator. */
    @Component
    static class CertificationFiles implements AttachmentOwner {

        private final AccessScope scope;

        CertificationFiles(AccessScope scope) {
            this.scope = scope;
        }

        @Override
        public String kind() {
            return FILES;
        }

        @Override
        public boolean mayRead(Owner owner) {
            Role role = scope.actor().role();
            return role == Role.ADMIN || role == Role.SPECIALIST;
        }

        @Override
        public boolean mayWrite(Owner owner) {
            return mayRead(owner);
        }
    }
}
