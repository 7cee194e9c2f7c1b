package vn.thidua.exemplary;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page of one exemplary entry on the portal (no account needed): only a verified entry
 * with consent, and only its name, kind, unit, field, deed and the events it was honoured at.
 */
@Controller
class PublicExemplaryController {

    private final ExemplaryRegister register;
    private final JdbcClient jdbc;

    PublicExemplaryController(ExemplaryRegister register, JdbcClient jdbc) {
        this.register = register;
        this.jdbc = jdbc;
    }

    @GetMapping("/portal/dien-hinh-tien-tien/{id}")
    String show(@PathVariable Long id, Model model) {
        var e = register.publishedOne(id).orElseThrow(() -> new ExampleNotFound(id));
        model.addAttribute("e", e);
        model.addAttribute(
                "events",
                jdbc.sql(
                                "select v.title, v.held_on from exemplary_honoured h join exemplary_event v on v.id = h.event_id"
                                        + " where h.example_id = :id order by v.held_on desc")
                        .param("id", id)
                        .query((rs, n) -> rs.getString(1) + " ("
                                + rs.getObject(2, java.time.LocalDate.class)
                                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                                + ")")
                        .list());
        return "exemplary/public";
    }
}
