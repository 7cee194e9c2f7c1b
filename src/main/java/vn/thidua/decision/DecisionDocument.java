package vn.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.DocumentWriter;
import vn.thidua.shared.DocumentWriter.Align;
import vn.thidua.shared.DocumentWriter.Line;

/**
 * The decision as NĐ 30/2020 lays it out (docs/legal-reference.md §6): issuer and number on the left, national title,
 * motto and place-date on the right; QUYẾT ĐỊNH and its subject; the authority; the "Căn cứ" lines;
 * the articles; recipients and the signer block; then the attached list, collectives first, grouped
 * by form, with the award money.
 */
@Component
public class DecisionDocument {

    private final Decisions decisions;

    DecisionDocument(Decisions decisions) {
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    public byte[] write(Long decisionId, DocumentFormat format, Function<String, String> words) {
        Decision d = decisions.find(decisionId);
        List<Recipient> recipients = decisions.recipients(decisionId);
        try (DocumentWriter w = format.blank()) {
            header(w, d);
            w.space(10)
                    .paragraph("QUYẾT ĐỊNH", true, false, 14, Align.CENTER, false)
                    .paragraph(d.title(), true, false, 14, Align.CENTER, false)
                    .space(6)
                    .paragraph(d.authority(), true, false, 14, Align.CENTER, false)
                    .space(6);
            for (String line : d.basis()) {
                w.paragraph(line, false, true, 14, Align.JUSTIFY, true);
            }
            if (d.proposal() != null) {
                w.paragraph(d.proposal(), false, true, 14, Align.JUSTIFY, true);
            }
            w.space(4)
                    .paragraph("QUYẾT ĐỊNH:", true, false, 14, Align.CENTER, false)
                    .space(4);
            for (String article : articles(d, recipients, words)) {
                w.paragraph(article, false, false, 14, Align.JUSTIFY, true);
            }
            w.space(10);
            signature(w, d);
            if (!recipients.isEmpty()) {
                w.pageBreak();
                header(w, d);
                w.space(10)
                        .paragraph("DANH SÁCH", true, false, 14, Align.CENTER, false)
                        .paragraph(
                                switch (d.kind()) {
                                    case REVOCATION -> "Bị hủy bỏ quyết định khen thưởng";
                                    case CORRECTION -> "Được đính chính thông tin";
                                    case AWARD -> "Được tặng " + words.apply("award." + d.award());
                                },
                                true,
                                false,
                                14,
                                Align.CENTER,
                                false)
                        .paragraph(
                                "(Kèm theo Quyết định số " + d.numberText() + " ngày " + date(d.decidedOn()) + " của "
                                        + authorityShort(d) + ")",
                                false,
                                true,
                                13,
                                Align.CENTER,
                                false)
                        .space(6);
                list(w, recipients);
            }
            return w.bytes();
        }
    }

    private static void header(DocumentWriter w, Decision d) {
        w.columns(
                0.4f,
                List.of(
                        Line.bold("ỦY BAN NHÂN DÂN", 13),
                        Line.bold("TỈNH " + d.place().toUpperCase(Locale.ROOT), 13)
                                .ruled(),
                        Line.plain("Số: " + d.numberText(), 13)),
                List.of(
                        Line.bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12),
                        Line.bold("Độc lập - Tự do - Hạnh phúc", 13).ruled(),
                        Line.italic(d.place() + ", " + placeDate(d), 13)));
    }

    private static void signature(DocumentWriter w, Decision d) {
        List<Line> left = new ArrayList<>();
        left.add(new Line("Nơi nhận:", true, true, 12, false));
        d.recipientsNote().forEach(r -> left.add(Line.plain("- " + r, 11)));
        List<Line> right = new ArrayList<>();
        if (d.signingFor() != null) {
            right.add(Line.bold(d.signingFor(), 14));
        }
        right.add(Line.bold(d.signerPosition(), 14));
        right.add(Line.plain(d.status() == Decision.Status.SIGNED ? "(Đã ký số)" : "", 13));
        right.add(Line.plain(" ", 13));
        right.add(Line.plain(" ", 13));
        right.add(Line.bold(d.signerName(), 14));
        w.columns(0.5f, left, right);
    }

    private static List<String> articles(Decision d, List<Recipient> recipients, Function<String, String> words) {
        long collectives = recipients.stream().filter(Recipient::collective).count();
        long individuals = recipients.size() - collectives;
        List<String> articles = new ArrayList<>();
        if (d.kind() == Decision.Kind.CORRECTION) {
            articles.add("Điều 1. Đính chính thông tin của trường hợp có tên trong danh sách kèm theo tại Quyết định"
                    + " đã ban hành; các nội dung khác giữ nguyên.");
            articles.add("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
            return articles;
        }
        if (d.kind() == Decision.Kind.REVOCATION) {
            articles.add("Điều 1. Hủy bỏ quyết định khen thưởng đối với " + recipients.size()
                    + " trường hợp có tên trong danh sách kèm theo, theo điểm " + d.revocationGround()
                    + " khoản 2 Điều 93 Luật Thi đua, khen thưởng; thu hồi hiện vật và tiền thưởng đã nhận.");
            articles.add("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
        } else {
            String award = words.apply("award." + d.award());
            articles.add("Điều 1. Tặng " + award + " cho " + counted(collectives, "tập thể", individuals, "cá nhân")
                    + " (có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua năm "
                    + d.achievementYear() + ".");
            Long collectiveMoney = recipients.stream()
                    .filter(Recipient::collective)
                    .map(Recipient::amount)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            Long individualMoney = recipients.stream()
                    .filter(r -> !r.collective())
                    .map(Recipient::amount)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            StringBuilder money = new StringBuilder("Điều 2. ");
            if (collectiveMoney != null) {
                money.append("Mỗi tập thể được tặng kèm theo tiền thưởng là ")
                        .append(dong(collectiveMoney))
                        .append(" đồng; ");
            }
            if (individualMoney != null) {
                money.append("Mỗi cá nhân được tặng kèm theo tiền thưởng là ")
                        .append(dong(individualMoney))
                        .append(" đồng; ");
            }
            money.append("từ nguồn Quỹ thi đua, khen thưởng của tỉnh.");
            articles.add(money.toString());
            articles.add("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Giám đốc Sở Tài chính,"
                    + " Thủ trưởng các cơ quan, đơn vị có liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu"
                    + " trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực kể từ ngày ký.");
        }
        return articles;
    }

    private static void list(DocumentWriter w, List<Recipient> recipients) {
        List<Recipient> collectives =
                recipients.stream().filter(Recipient::collective).toList();
        List<Recipient> people =
                recipients.stream().filter(r -> !r.collective()).toList();
        int section = 0;
        if (!collectives.isEmpty()) {
            w.paragraph(
                    roman(++section) + ". TẬP THỂ (" + collectives.size() + ")", true, false, 13, Align.LEFT, false);
            w.grid(
                    new String[] {"STT", "Tên tập thể", "Đơn vị đề nghị", "Tiền thưởng (đồng)"},
                    rows(collectives, true));
        }
        if (!people.isEmpty()) {
            w.paragraph(roman(++section) + ". CÁ NHÂN (" + people.size() + ")", true, false, 13, Align.LEFT, false);
            w.grid(new String[] {"STT", "Họ và tên", "Chức vụ, đơn vị", "Tiền thưởng (đồng)"}, rows(people, false));
        }
    }

    private static List<String[]> rows(List<Recipient> recipients, boolean collective) {
        List<String[]> rows = new ArrayList<>();
        int i = 0;
        for (Recipient r : recipients) {
            rows.add(new String[] {
                String.valueOf(++i),
                collective ? r.fullName() : (r.posthumous() ? "(Truy tặng) " : "") + r.fullName(),
                r.position() == null ? "" : r.position(),
                r.amount() == null ? "" : dong(r.amount())
            });
        }
        return rows;
    }

    private static String counted(long a, String what, long b, String other) {
        if (a > 0 && b > 0) {
            return String.format("%02d %s và %02d %s", a, what, b, other);
        }
        return a > 0 ? String.format("%02d %s", a, what) : String.format("%02d %s", b, other);
    }

    static String authorityShort(Decision d) {
        return "Chủ tịch Ủy ban nhân dân tỉnh " + d.place();
    }

    /**
     * "ngày 05 tháng 02 năm 2026": a leading zero for days under 10 and months 1–2 (docs/legal-reference.md R27); a
     * decision not yet signed leaves day and month blank in its numbering year.
     */
    static String placeDate(Decision d) {
        return d.decidedOn() == null ? "ngày      tháng      năm " + d.year() : placeDate(d.decidedOn());
    }

    /** "ngày 05 tháng 02 năm 2026" for a day known. */
    static String placeDate(LocalDate day) {
        String month = day.getMonthValue() <= 2
                ? String.format("%02d", day.getMonthValue())
                : String.valueOf(day.getMonthValue());
        return String.format("ngày %02d tháng %s năm %d", day.getDayOfMonth(), month, day.getYear());
    }

    static String date(LocalDate day) {
        return day == null
                ? "…"
                : String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }

    static String dong(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static String roman(int n) {
        return switch (n) {
            case 1 -> "I";
            case 2 -> "II";
            default -> "III";
        };
    }
}
