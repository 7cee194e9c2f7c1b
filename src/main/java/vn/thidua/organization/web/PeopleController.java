package vn.thidua.organization.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organization.Assignment;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.Person;
import vn.thidua.organization.PersonSearch;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/** Searching, reading, adding, editing and moving people, within the account's unit scope. */
@Controller
@RequestMapping("/people")
class PeopleController {

    private final PersonSearch search;
    private final EditingPeople editing;
    private final UnitDirectory directory;

    private final java.time.Clock clock;

    PeopleController(PersonSearch search, EditingPeople editing, UnitDirectory directory, java.time.Clock clock) {
        this.clock = clock;
        this.search = search;
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping
    String list(
            @RequestParam(defaultValue = "") String q,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("hits", search.search(q, 50));
        return htmx != null ? "organization/people :: results" : "organization/people";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Person person = editing.visible(id);
        model.addAttribute("person", person);
        model.addAttribute("history", person.history());
        model.addAttribute(
                "units",
                directory.byId(
                        person.history().stream().map(Assignment::getUnitId).toList()));
        if (!model.containsAttribute("form")) {
            PersonForm transfer = new PersonForm();
            transfer.setVersion(person.getVersion());
            transfer.setFromDate(java.time.LocalDate.now(clock));
            model.addAttribute("form", transfer);
        }
        model.addAttribute("unitOptions", directory.currentInScope());
        return "organization/person";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        PersonForm fresh = new PersonForm();
        fresh.setFromDate(java.time.LocalDate.now(clock));
        return form(fresh, null, model);
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute("form") PersonForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Person saved = editing.create(form.details(), form.getUnitId(), form.getFromDate());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + saved.getId();
        } catch (InvalidInput invalid) {
            Forms.reject(result, invalid);
            return form(form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        return form(PersonForm.of(editing.visible(id)), id, model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable Long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            editing.update(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (InvalidInput invalid) {
            Forms.reject(result, invalid);
            return form(form, id, model);
        }
    }

    @PostMapping("/{id}/transfer")
    String transfer(
            @PathVariable Long id,
            @ModelAttribute("form") PersonForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            editing.transfer(id, form.getVersion(), form.getUnitId(), form.getPosition(), form.getFromDate());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/people/" + id;
        } catch (InvalidInput invalid) {
            Forms.reject(result, invalid);
            model.addAttribute("transferErrors", true);
            return show(id, model);
        }
    }

    private String form(PersonForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("personId", id);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("unitOptions", directory.currentInScope());
        return "organization/person-form";
    }
}
