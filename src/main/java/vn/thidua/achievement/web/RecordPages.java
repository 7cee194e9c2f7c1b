package vn.thidua.achievement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.DisciplineForm;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.achievement.Timeline;
import vn.thidua.shared.InvalidInput;

/**
 * A person's record on their page: the timeline, and forms to enter a rating, a title, a form of
 * commendation, an initiative or a discipline period. With htmx the section re-renders in place and
 * tells the verdicts to refresh; without it, the page reloads.
 */
@Controller
class RecordPages {

    private final AchievementRecords records;

    RecordPages(AchievementRecords records) {
        this.records = records;
    }

    @GetMapping("/people/{id}/record")
    String record(@PathVariable Long id, Model model) {
        return show(id, model);
    }

    @PostMapping("/people/{id}/record/ratings")
    String rate(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam Rating rating,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.rate(id, year, rating));
    }

    @PostMapping("/people/{id}/record/titles")
    String title(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam Award title,
            @RequestParam(required = false) String decision,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.grantTitle(id, year, title, blankToNull(decision)));
    }

    @PostMapping("/people/{id}/record/awards")
    String award(
            @PathVariable Long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam Award form,
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "REGULAR") Basis basis,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.recordAward(id, date, form, blankToNull(decision), basis));
    }

    @PostMapping("/people/{id}/record/initiatives")
    String initiative(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam InitiativeScope scope,
            @RequestParam String name,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.recordInitiative(id, year, scope, name.strip()));
    }

    @PostMapping("/people/{id}/record/discipline")
    String discipline(
            @PathVariable Long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam DisciplineForm form,
            @RequestParam(required = false) String note,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.recordDiscipline(id, from, to, form, blankToNull(note)));
    }

    @PostMapping("/people/{id}/record/{kind}/{entry}/remove")
    String remove(
            @PathVariable Long id,
            @PathVariable Timeline.Kind kind,
            @PathVariable Long entry,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.remove(id, kind, entry));
    }

    private String change(
            Long id, String htmx, HttpServletResponse response, Model model, Consumer<AchievementRecords> change) {
        try {
            change.accept(records);
            model.addAttribute("saved", true);
            response.setHeader("HX-Trigger", "recordChanged");
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.problems().get(0));
            if (htmx == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        if (htmx == null && !model.containsAttribute("problem")) {
            return "redirect:/people/" + id + "#record";
        }
        return show(id, model);
    }

    private String show(Long id, Model model) {
        model.addAttribute("personId", id);
        model.addAttribute("timeline", records.timelineOf(id));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("awards", Award.values());
        model.addAttribute("scopes", InitiativeScope.values());
        model.addAttribute("disciplineForms", DisciplineForm.values());
        model.addAttribute("bases", java.util.List.of(Basis.REGULAR, Basis.THEMATIC, Basis.EXTRAORDINARY));
        model.addAttribute("thisYear", LocalDate.now().getYear());
        return "achievement/record :: record";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
