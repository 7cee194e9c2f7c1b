package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/** The initiatives' screens: list, new and edit form, detail with the council's decision. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER', 'UNIT_LEADER')")
class InitiativeController {

    private final InitiativeRegister register;
    private final UnitDirectory units;

    InitiativeController(InitiativeRegister register, UnitDirectory units) {
        this.register = register;
        this.units = units;
    }

    @GetMapping("/initiatives")
    String list(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "status", required = false) Status status,
            Model model) {
        model.addAttribute("applications", register.list(q, status));
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Status.values());
        return "initiative/list";
    }

    @GetMapping("/initiatives/new")
    String newForm(Model model) {
        model.addAttribute("app", null);
        model.addAttribute("draft", new Form("", "", "", "", null, null, ""));
        return form(model);
    }

    @PostMapping("/initiatives")
    String create(Form form, Model model, RedirectAttributes redirect) {
        try {
            var created = register.create(form.draft());
            redirect.addFlashAttribute("saved", "form.saved");
            return "redirect:/initiatives/" + created.id();
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("app", null);
            model.addAttribute("draft", form);
            return form(model);
        }
    }

    @GetMapping("/initiatives/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        var a = register.find(id);
        model.addAttribute("app", a);
        model.addAttribute(
                "draft",
                new Form(
                        a.title(),
                        a.content(),
                        a.appliedWhere(),
                        a.effect(),
                        a.unitId(),
                        a.submittedOn(),
                        String.join(
                                ", ",
                                a.authors().stream()
                                        .map(x -> String.valueOf(x.personId()))
                                        .toList())));
        return form(model);
    }

    @PostMapping("/initiatives/{id}")
    String update(
            @PathVariable Long id, @RequestParam int version, Form form, Model model, RedirectAttributes redirect) {
        try {
            register.update(id, version, form.draft());
            redirect.addFlashAttribute("saved", "form.saved");
            return "redirect:/initiatives/" + id;
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("app", register.find(id));
            model.addAttribute("draft", form);
            return form(model);
        }
    }

    private String form(Model model) {
        model.addAttribute("units", units.currentInScope());
        return "initiative/form";
    }

    @GetMapping("/initiatives/{id}")
    String detail(@PathVariable Long id, Model model) {
        model.addAttribute("app", register.find(id));
        model.addAttribute("levels", CouncilLevel.values());
        model.addAttribute("scopes", List.of(InitiativeScope.GRASSROOTS, InitiativeScope.PROVINCIAL));
        return "initiative/detail";
    }

    @PostMapping("/initiatives/{id}/decide")
    String decide(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) CouncilLevel councilLevel,
            @RequestParam(defaultValue = "false") boolean recognised,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam(required = false) String decisionNo,
            @RequestParam(required = false) InitiativeScope scope,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            register.decide(
                    id,
                    version,
                    new InitiativeRegister.Decision(councilLevel, recognised, decidedOn, decisionNo, scope, reason));
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/initiatives/" + id;
    }

    /** The form's fields as posted; authors are person codes separated by commas or spaces. */
    record Form(
            String title,
            String content,
            String appliedWhere,
            String effect,
            Long unitId,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            String authors) {

        InitiativeRegister.Draft draft() {
            List<Long> ids = new ArrayList<>();
            List<InvalidInput.Problem> problems = new ArrayList<>();
            for (String part : (authors == null ? "" : authors).split("[,;\\s]+")) {
                if (!part.isBlank()) {
                    try {
                        ids.add(Long.valueOf(part.trim()));
                    } catch (NumberFormatException notANumber) {
                        problems.add(InvalidInput.Problem.of("authors", "validation.initiative.authorCode", part));
                    }
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
            return new InitiativeRegister.Draft(title, content, appliedWhere, effect, unitId, submittedOn, ids);
        }
    }
}
