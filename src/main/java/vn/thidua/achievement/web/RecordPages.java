package vn.thidua.achievement.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.achievement.DisciplineForm;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.achievement.RecipientKind;
import vn.thidua.achievement.RecordKeeping;
import vn.thidua.achievement.Timeline;
import vn.thidua.shared.InvalidInput;

/**
 * The record section of a person's page and of a unit's page: the timeline, and forms to enter a
 * rating, a title, a form received, and — for a person — an initiative or a discipline period, for a
 * unit its place in the block's vote. With htmx the section re-renders in place and tells the
 * verdicts to refresh; without it, the page reloads.
 */
@Controller
class RecordPages {

    private final AchievementRecords people;
    private final CollectiveRecords collectives;

    private final java.time.Clock clock;

    RecordPages(AchievementRecords people, CollectiveRecords collectives, java.time.Clock clock) {
        this.clock = clock;
        this.people = people;
        this.collectives = collectives;
    }

    /** Whose record a request is about: its page and how to read it. */
    private enum Subject {
        PERSON("/people/"),
        UNIT("/units/");

        private final String path;

        Subject(String path) {
            this.path = path;
        }
    }

    @GetMapping({"/people/{id}/record", "/units/{id}/record"})
    String record(@PathVariable Long id, HttpServletRequest request, Model model) {
        return show(subjectOf(request), id, model);
    }

    @PostMapping({"/people/{id}/record/ratings", "/units/{id}/record/ratings"})
    String rate(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam Rating rating,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return change(
                subjectOf(request), id, htmx, response, model, s -> records(s).rate(id, year, rating));
    }

    @PostMapping({"/people/{id}/record/titles", "/units/{id}/record/titles"})
    String title(
            @PathVariable Long id,
            @RequestParam int year,
            @RequestParam Award title,
            @RequestParam(required = false) String decision,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return change(
                subjectOf(request),
                id,
                htmx,
                response,
                model,
                s -> records(s).grantTitle(id, year, title, blankToNull(decision)));
    }

    @PostMapping({"/people/{id}/record/awards", "/units/{id}/record/awards"})
    String award(
            @PathVariable Long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam Award form,
            @RequestParam(required = false) String decision,
            @RequestParam(defaultValue = "REGULAR") Basis basis,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return change(
                subjectOf(request),
                id,
                htmx,
                response,
                model,
                s -> records(s).recordAward(id, date, form, blankToNull(decision), basis));
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
        return change(Subject.PERSON, id, htmx, response, model, s -> {
            people.recordInitiative(id, year, scope, name.strip());
        });
    }

    @PostMapping("/people/{id}/record/models")
    String productionModel(
            @PathVariable Long id,
            @RequestParam int since,
            @RequestParam(required = false) Integer until,
            @RequestParam String name,
            @RequestParam(required = false) String note,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response,
            Model model) {
        return change(Subject.PERSON, id, htmx, response, model, s -> {
            people.recordProductionModel(id, since, until, name, blankToNull(note));
        });
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
        return change(Subject.PERSON, id, htmx, response, model, s -> {
            people.recordDiscipline(id, from, to, form, blankToNull(note));
        });
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
        return change(Subject.UNIT, id, htmx, response, model, s -> {
            collectives.recordStanding(id, year, block.strip(), rank);
        });
    }

    @PostMapping({"/people/{id}/record/{kind}/{entry}/remove", "/units/{id}/record/{kind}/{entry}/remove"})
    String remove(
            @PathVariable Long id,
            @PathVariable Timeline.Kind kind,
            @PathVariable Long entry,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return change(
                subjectOf(request), id, htmx, response, model, s -> records(s).remove(id, kind, entry));
    }

    /** A change to one subject's record. */
    @FunctionalInterface
    private interface Change {
        void apply(Subject subject);
    }

    private RecordKeeping records(Subject subject) {
        return subject == Subject.UNIT ? collectives : people;
    }

    private static Subject subjectOf(HttpServletRequest request) {
        return request.getRequestURI().contains("/units/") ? Subject.UNIT : Subject.PERSON;
    }

    /** Applies the change; a refused one is shown in the section, an accepted one refreshes the verdicts. */
    private String change(
            Subject subject, Long id, String htmx, HttpServletResponse response, Model model, Change change) {
        try {
            change.apply(subject);
            model.addAttribute("saved", true);
            response.setHeader("HX-Trigger", "recordChanged");
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.problems().get(0));
            if (htmx == null) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        }
        if (htmx == null && !model.containsAttribute("problem")) {
            return "redirect:" + subject.path + id + "#record";
        }
        return show(subject, id, model);
    }

    private String show(Subject subject, Long id, Model model) {
        model.addAttribute("base", subject.path + id + "/record");
        model.addAttribute("collective", subject == Subject.UNIT);
        model.addAttribute("timeline", records(subject).timelineOf(id));
        model.addAttribute("ratings", Rating.values());
        RecipientKind kind = subject == Subject.UNIT ? RecipientKind.COLLECTIVE : RecipientKind.INDIVIDUAL;
        model.addAttribute(
                "titles",
                Arrays.stream(Award.values())
                        .filter(a -> a.isTitle() && a.admits(kind))
                        .toList());
        model.addAttribute(
                "forms",
                Arrays.stream(Award.values())
                        .filter(a -> !a.isTitle() && a.admits(kind))
                        .toList());
        model.addAttribute("bases", List.of(Basis.REGULAR, Basis.THEMATIC, Basis.EXTRAORDINARY));
        model.addAttribute("scopes", InitiativeScope.values());
        model.addAttribute("disciplineForms", DisciplineForm.values());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "achievement/record :: record";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
