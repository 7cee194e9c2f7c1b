package vn.thidua.organization.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organization.EditingUnits;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.Lineage;
import vn.thidua.organization.LineageKind;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.organization.UnitDirectory.Period;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.InvalidInput;

/** Browsing the unit tree, reading a unit with its lineage, and (Ban TĐKT) editing units. */
@Controller
@RequestMapping("/units")
class UnitsController {

    private final UnitDirectory directory;
    private final EditingUnits editing;
    private final Lineage lineage;
    private final EmulationBlocks blocks;

    UnitsController(UnitDirectory directory, EditingUnits editing, Lineage lineage, EmulationBlocks blocks) {
        this.directory = directory;
        this.editing = editing;
        this.lineage = lineage;
        this.blocks = blocks;
    }

    @GetMapping
    String tree(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "CURRENT") Period period,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("period", period);
        model.addAttribute("periods", Period.values());
        if (q.isBlank()) {
            model.addAttribute("roots", directory.roots(period));
        } else {
            model.addAttribute("found", directory.search(q, period));
        }
        model.addAttribute("directory", directory);
        return "organization/units";
    }

    @GetMapping("/{id}/children")
    String children(@PathVariable Long id, @RequestParam(defaultValue = "CURRENT") Period period, Model model) {
        model.addAttribute("children", directory.children(id, period));
        model.addAttribute("period", period);
        return "organization/units :: children";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        Unit unit = visible(id);
        model.addAttribute("unit", unit);
        model.addAttribute(
                "parent",
                unit.getParentId() == null
                        ? null
                        : directory.visible(unit.getParentId()).orElse(null));
        model.addAttribute("children", directory.children(id, Period.ALL));
        model.addAttribute("predecessors", lineage.predecessorsOf(id));
        model.addAttribute("successors", lineage.successorsOf(id));
        model.addAttribute("blocks", directory.blocksOf(id, blocks));
        model.addAttribute("peopleCount", directory.currentPeople(id));
        model.addAttribute("lineageKinds", LineageKind.values());
        model.addAttribute("unitOptions", directory.options(Period.ALL));
        return "organization/unit";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @GetMapping("/new")
    String createForm(@RequestParam(required = false) Long parentId, Model model) {
        UnitForm form = new UnitForm();
        form.setParentId(parentId);
        return form(form, null, model);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/new")
    String create(
            @ModelAttribute("form") UnitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            Unit saved = editing.create(form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + saved.getId();
        } catch (InvalidInput invalid) {
            Forms.reject(result, invalid);
            return form(form, null, model);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        return form(UnitForm.of(visible(id)), id, model);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/{id}/edit")
    String edit(
            @PathVariable Long id,
            @ModelAttribute("form") UnitForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            editing.update(id, form.getVersion(), form.details());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/units/" + id;
        } catch (InvalidInput invalid) {
            Forms.reject(result, invalid);
            return form(form, id, model);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/{id}/lineage")
    String link(
            @PathVariable Long id,
            @RequestParam Long predecessorId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
            @RequestParam LineageKind kind,
            @RequestParam(defaultValue = "false") boolean partial,
            @RequestParam(defaultValue = "") String legalBasis,
            RedirectAttributes redirect) {
        try {
            editing.link(predecessorId, id, effectiveDate, kind, partial, legalBasis);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("lineageError", invalid.problems().get(0).messageKey());
        }
        return "redirect:/units/" + id;
    }

    private Unit visible(Long id) {
        return directory
                .visible(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String form(UnitForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unitId", id);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("unitOptions", directory.options(Period.ALL));
        return "organization/unit-form";
    }
}
