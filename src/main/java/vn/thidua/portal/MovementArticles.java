package vn.thidua.portal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.LegalDocument;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementLaunched;

/**
 * When a movement is launched, the portal's editors find the article announcing it already drafted
 * from what was launched: the documents it rests on, the period, the theme, the criteria, the titles
 * and forms offered and the registration deadline. They read it, add a photo, publish it.
 */
@Component
class MovementArticles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String AUTHOR = "Ban Thi đua - Khen thưởng";

    private final Articles articles;
    private final LaunchingMovements movements;
    private final MessageSource messages;

    MovementArticles(Articles articles, LaunchingMovements movements, MessageSource messages) {
        this.articles = articles;
        this.movements = movements;
        this.messages = messages;
    }

    /** In the launch's transaction, by the account that launched it: both stand or fall together. */
    @EventListener
    void on(MovementLaunched launched) {
        Movement m = movements.visible(launched.movementId());
        articles.draftForMovement(m.getId(), title(m), summary(m), body(m), AUTHOR);
    }

    static String title(Movement m) {
        String name = m.getName().strip();
        String title;
        if (name.startsWith("Phát động")) {
            title = name;
        } else if (name.startsWith("Phong trào") || name.startsWith("Kế hoạch")) {
            title = "Phát động " + Character.toLowerCase(name.charAt(0)) + name.substring(1);
        } else {
            title = "Phát động " + name;
        }
        return title.length() <= 500 ? title : title.substring(0, 499) + "…";
    }

    private static String summary(Movement m) {
        String period = "từ ngày " + DAY.format(m.getPeriodFrom()) + " đến ngày " + DAY.format(m.getPeriodTo());
        String text = m.getTheme() == null || m.getTheme().isBlank()
                ? "Thời gian thực hiện " + period + "."
                : "Chủ đề: “" + m.getTheme().strip() + "”; thời gian thực hiện " + period + ".";
        return text.length() <= 2000 ? text : text.substring(0, 1999) + "…";
    }

    private String body(Movement m) {
        List<String> lines = new ArrayList<>();
        List<LegalDocument> basis = m.documents();
        String launch = "phát động " + Character.toLowerCase(m.getName().charAt(0))
                + m.getName().substring(1);
        if (basis.isEmpty()) {
            lines.add(Character.toUpperCase(launch.charAt(0)) + launch.substring(1) + ".");
        } else {
            lines.add("Thực hiện "
                    + basis.stream().map(MovementArticles::cite).collect(Collectors.joining("; "))
                    + ", " + launch + ".");
        }
        lines.add("Thời gian thực hiện: từ ngày " + DAY.format(m.getPeriodFrom()) + " đến ngày "
                + DAY.format(m.getPeriodTo()) + ".");
        if (m.getTheme() != null && !m.getTheme().isBlank()) {
            lines.add("Chủ đề thi đua: “" + m.getTheme().strip() + "”.");
        }
        if (m.getAnniversary() != null && !m.getAnniversary().isBlank()) {
            lines.add("Phong trào gắn với " + m.getAnniversary().strip() + ".");
        }
        if (!m.criteria().isEmpty()) {
            lines.add("Nội dung, tiêu chí thi đua:");
            m.criteria()
                    .forEach(c -> lines.add("- " + c.name().strip()
                            + (c.target() == null || c.target().isBlank()
                                    ? ""
                                    : " (chỉ tiêu: " + c.target().strip() + ")")
                            + "."));
        }
        if (!m.awards().isEmpty()) {
            lines.add("Danh hiệu, hình thức khen thưởng: "
                    + m.awards().stream()
                            .map(a -> messages.getMessage(
                                            "award." + a.award(),
                                            null,
                                            a.award().name(),
                                            VIETNAMESE)
                                    + (a.planned() == null ? "" : " (dự kiến " + a.planned() + ")"))
                            .collect(Collectors.joining("; "))
                    + ".");
        }
        if (m.getRegistrationDeadline() != null) {
            lines.add("Các cơ quan, đơn vị, địa phương đăng ký thi đua trước ngày "
                    + DAY.format(m.getRegistrationDeadline()) + ".");
        }
        return String.join("\n", lines);
    }

    private static String cite(LegalDocument d) {
        StringBuilder s = new StringBuilder(d.docType() == null ? "văn bản" : d.docType());
        if (d.docNumber() != null && !d.docNumber().isBlank()) {
            s.append(" số ").append(d.docNumber().strip());
        }
        if (d.issuedOn() != null) {
            s.append(" ngày ").append(DAY.format(d.issuedOn()));
        }
        if (d.issuer() != null && !d.issuer().isBlank()) {
            s.append(" của ").append(d.issuer().strip());
        }
        return s.toString();
    }
}
