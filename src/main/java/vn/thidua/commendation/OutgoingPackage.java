package vn.thidua.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.achievement.Award;
import vn.thidua.attachment.Attached;
import vn.thidua.attachment.Attachments;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.ReportWriter;
import vn.thidua.shared.Role;

/**
 * For awards above the province (docs/legal-reference.md §3.1, §3.3: the province proposes to the Prime Minister
 * through Bộ Nội vụ), the outgoing package as one ZIP: the draft tờ trình of the province, the list
 * as Excel and as JSON for the receiving system, every paper of the dossier, and a manifest with the
 * SHA-256 of each file.
 */
@Component
public class OutgoingPackage {

    /** The forms the province proposes upward rather than decides. */
    public static final Set<Award> ABOVE_PROVINCE = EnumSet.of(
            Award.NATIONAL_EMULATION_FIGHTER,
            Award.GOVERNMENT_EMULATION_FLAG,
            Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
            Award.LABOR_ORDER_THIRD_CLASS);

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Dossiers dossiers;
    private final Attachments attachments;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final AccessScope scope;

    OutgoingPackage(
            Dossiers dossiers,
            Attachments attachments,
            UnitDirectory units,
            MessageSource messages,
            AccessScope scope) {
        this.dossiers = dossiers;
        this.attachments = attachments;
        this.units = units;
        this.messages = messages;
        this.scope = scope;
    }

    /** The nominees that go upward: above the province, accepted, and approved when the council has voted. */
    @Transactional(readOnly = true)
    public List<Nominee> upward(Long dossierId) {
        return dossiers.nominees(dossierId).stream()
                .filter(n -> ABOVE_PROVINCE.contains(n.award()))
                .filter(n -> n.appraisal() == Appraisal.ACCEPTED)
                .filter(n -> n.outcome() == null || n.outcome() == Outcome.APPROVED)
                .toList();
    }

    @Transactional(readOnly = true)
    public byte[] zip(Long dossierId) {
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("only the Ban TĐKT sends dossiers upward");
        }
        Dossier d = dossiers.find(dossierId);
        if (d.status() != DossierStatus.APPRAISED
                && d.status() != DossierStatus.AT_COUNCIL
                && d.status() != DossierStatus.CONCLUDED) {
            throw InvalidInput.of("dossier", "validation.package.notAppraised");
        }
        List<Nominee> nominees = upward(dossierId);
        if (nominees.isEmpty()) {
            throw InvalidInput.of("dossier", "validation.package.nothingUpward");
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("to-trinh-du-thao.docx", letter(d, nominees));
        files.put("danh-sach.xlsx", workbook(nominees));
        files.put("danh-sach.json", json(d, nominees).getBytes(StandardCharsets.UTF_8));
        int i = 0;
        for (Attached paper : dossiers.papers(dossierId)) {
            files.put(
                    "van-ban/" + String.format("%02d", ++i) + "-"
                            + paper.owner().slot().toLowerCase(Locale.ROOT) + "-" + paper.fileName(),
                    attachments.open(paper.id()).content());
        }
        StringBuilder manifest = new StringBuilder("Hồ sơ số " + d.id() + ": " + d.title() + "\nSHA-256\n");
        files.forEach((name, bytes) ->
                manifest.append(sha256(bytes)).append("  ").append(name).append('\n'));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("manifest.txt"));
            zip.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] letter(Dossier d, List<Nominee> nominees) {
        try (ReportWriter w = DocumentFormat.DOCX.report("TỜ TRÌNH", "Về việc đề nghị khen thưởng (dự thảo)")) {
            w.text("Kính gửi: Thủ tướng Chính phủ (qua Bộ Nội vụ - Ban Thi đua - Khen thưởng Trung ương).")
                    .text(
                            "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022 và các văn bản hướng dẫn thi hành;")
                    .text("Xét đề nghị của " + unitName(d.proposingUnitId()) + " (hồ sơ số " + d.id() + ") và kết quả"
                            + " thẩm định, xét duyệt của Hội đồng Thi đua - Khen thưởng tỉnh, Ủy ban nhân dân tỉnh"
                            + " đề nghị khen thưởng " + nominees.size() + " trường hợp sau:")
                    .table(
                            new String[] {"STT", "Họ và tên, chức vụ, đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích"
                            },
                            nominees.stream()
                                    .map(n -> new String[] {
                                        String.valueOf(n.seq()),
                                        n.fullName() + (n.position() == null ? "" : ", " + n.position()),
                                        awardName(n.award()),
                                        n.summary()
                                    })
                                    .toList())
                    .text("Hồ sơ kèm theo gồm các văn bản trong thư mục “van-ban” và danh sách điện tử.");
            return w.bytes();
        }
    }

    private byte[] workbook(List<Nominee> nominees) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            String[] header = {
                "STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Chức vụ, đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích"
            };
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                top.createCell(c).setCellValue(header[c]);
            }
            int r = 0;
            for (Nominee n : nominees) {
                Row row = sheet.createRow(++r);
                row.createCell(0).setCellValue(n.seq());
                row.createCell(1).setCellValue(n.fullName());
                row.createCell(2)
                        .setCellValue(n.birthDate() == null ? "" : n.birthDate().toString());
                row.createCell(3).setCellValue(n.nationalId() == null ? "" : n.nationalId());
                row.createCell(4).setCellValue(n.position() == null ? "" : n.position());
                row.createCell(5).setCellValue(awardName(n.award()));
                row.createCell(6).setCellValue(n.summary());
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list for the receiving system: plain JSON, one object per nominee, codes and names both. */
    private String json(Dossier d, List<Nominee> nominees) {
        StringBuilder s = new StringBuilder();
        s.append("{\n  \"dossier\": {\"id\": ")
                .append(d.id())
                .append(", \"title\": ")
                .append(quote(d.title()))
                .append(", \"proposingUnit\": ")
                .append(quote(unitName(d.proposingUnitId())))
                .append(", \"kind\": ")
                .append(quote(d.kind().name()))
                .append(", \"achievementYear\": ")
                .append(d.year())
                .append("},\n  \"nominees\": [");
        for (int i = 0; i < nominees.size(); i++) {
            Nominee n = nominees.get(i);
            s.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"seq\": ")
                    .append(n.seq())
                    .append(", \"subject\": ")
                    .append(quote(n.subject().name()))
                    .append(", \"fullName\": ")
                    .append(quote(n.fullName()))
                    .append(", \"birthDate\": ")
                    .append(n.birthDate() == null ? "null" : quote(n.birthDate().toString()))
                    .append(", \"nationalId\": ")
                    .append(n.nationalId() == null ? "null" : quote(n.nationalId()))
                    .append(", \"position\": ")
                    .append(n.position() == null ? "null" : quote(n.position()))
                    .append(", \"award\": ")
                    .append(quote(n.award().name()))
                    .append(", \"awardName\": ")
                    .append(quote(awardName(n.award())))
                    .append(", \"summary\": ")
                    .append(quote(n.summary()))
                    .append(", \"posthumous\": ")
                    .append(n.posthumous())
                    .append(", \"councilOutcome\": ")
                    .append(n.outcome() == null ? "null" : quote(n.outcome().name()))
                    .append('}');
        }
        return s.append("\n  ]\n}\n").toString();
    }

    private String unitName(Long id) {
        return units.byId(List.of(id)).get(id).getName();
    }

    private String awardName(Award award) {
        return messages.getMessage("award." + award.name(), null, award.name(), VI);
    }

    static String quote(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
