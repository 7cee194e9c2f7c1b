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
import vn.thidua.achievement.Award;
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.achievement.Rating;
import vn.thidua.achievement.Timeline;
import vn.thidua.shared.InvalidInput;

/** A collective's record on its unit page: the timeline and forms for ratings, titles, forms and block standings. */
@Controller
class CollectiveRecordPages {

    private final CollectiveRecords records;

    CollectiveRecordPages(CollectiveRecords records) {
        this.records = records;
    }

    @GetMapping("/units/{id}/record")
    String record(@PathVariable Long id, Model model) {
        return show(id, model);
    }

    @PostMapping("/units/{id}/record/ratings")
    String rate(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam Rating rating,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.rate(id, year, rating));
    }

    @PostMapping("/units/{id}/record/titles")
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

    @PostMapping("/units/{id}/record/awards")
    String award(
            @PathVariable Long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam Award form,
            @RequestParam(required = false) String decision,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.recordAward(id, date, form, blankToNull(decision)));
    }

    @PostMapping("/units/{id}/record/standings")
    String standing(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam String block,
            @RequestParam int rank,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(id, htmx, response, model, r -> r.recordStanding(id, year, block.strip(), rank));
    }

    @PostMapping("/units/{id}/record/{kind}/{entry}/remove")
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
            Long id, String htmx, HttpServletResponse response, Model model, Consumer<CollectiveRecords> change) {
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
            return "redirect:/units/" + id + "#record";
        }
        return show(id, model);
    }

    private String show(Long id, Model model) {
        model.addAttribute("unitId", id);
        model.addAttribute("timeline", records.timelineOf(id));
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("awards", Award.values());
        model.addAttribute("thisYear", LocalDate.now().getYear());
        return "achievement/collective :: record";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
