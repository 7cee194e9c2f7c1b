package vn.thidua.organization.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organization.BlockKind;
import vn.thidua.organization.BlockMember;
import vn.thidua.organization.BlockRole;
import vn.thidua.organization.EditingBlocks;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.organization.UnitDirectory.Period;
import vn.thidua.shared.InvalidInput;

/** Emulation blocks and clusters by year, their members, leader and deputy. */
@Controller
@RequestMapping("/blocks")
class BlocksController {

    private final EmulationBlocks blocks;
    private final EditingBlocks editing;
    private final UnitDirectory directory;

    private final java.time.Clock clock;
    private final vn.thidua.organization.AccessScope scope;

    BlocksController(
            EmulationBlocks blocks,
            EditingBlocks editing,
            UnitDirectory directory,
            java.time.Clock clock,
            vn.thidua.organization.AccessScope scope) {
        this.scope = scope;
        this.clock = clock;
        this.blocks = blocks;
        this.editing = editing;
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        List<Integer> years = blocks.findAll().stream()
                .map(EmulationBlock::getYear)
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        int shown = year != null ? year : years.isEmpty() ? LocalDate.now(clock).getYear() : years.get(0);
        model.addAttribute("year", shown);
        model.addAttribute("years", years);
        model.addAttribute("blocks", blocks.findByEmulationYearOrderByName(shown));
        model.addAttribute("kinds", BlockKind.values());
        return "organization/blocks";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model) {
        EmulationBlock block = blocks.findById(id)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("block", block);
        model.addAttribute(
                "units",
                directory.byId(block.members().stream().map(BlockMember::unitId).toList()));
        model.addAttribute("roles", BlockRole.values());
        model.addAttribute("kinds", BlockKind.values());
        // the scoring page is for the Ban TĐKT and the members' own accounts (ScoringBlocks.mayRead):
        // the link shows only to them, so no one follows it into a refusal
        vn.thidua.shared.Role role = scope.actor().role();
        model.addAttribute(
                "scoringReadable",
                role == vn.thidua.shared.Role.ADMIN
                        || role == vn.thidua.shared.Role.SPECIALIST
                        || !scope.provinceWide()
                                && block.members().stream()
                                        .map(BlockMember::unitId)
                                        .anyMatch(scope::covers));
        java.time.LocalDate first = java.time.LocalDate.of(block.getYear(), 1, 1);
        java.time.LocalDate last = java.time.LocalDate.of(block.getYear(), 12, 31);
        model.addAttribute(
                "unitOptions",
                directory.options(Period.ALL).stream()
                        .filter(u -> (u.getValidFrom() == null
                                        || !u.getValidFrom().isAfter(last))
                                && (u.getValidTo() == null || !u.getValidTo().isBefore(first)))
                        .toList()); // options() are in name order already
        return "organization/block";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/new")
    String create(
            @RequestParam String name,
            @RequestParam BlockKind kind,
            @RequestParam int year,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            EmulationBlock saved = editing.create(name, kind, year, note);
            return "redirect:/blocks/" + saved.getId();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("blockError", invalid.problems().get(0));
            return "redirect:/blocks?year=" + year;
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/{id}")
    String describe(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam String name,
            @RequestParam BlockKind kind,
            @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        try {
            editing.describe(id, version, name, kind, note);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("blockError", invalid.problems().get(0));
        }
        return "redirect:/blocks/" + id;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/{id}/members")
    String add(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) Long unitId,
            @RequestParam BlockRole role,
            RedirectAttributes redirect) {
        try {
            editing.addMember(id, version, unitId, role);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("blockError", invalid.problems().get(0));
        }
        return "redirect:/blocks/" + id;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/{id}/members/{unitId}/remove")
    String remove(@PathVariable Long id, @PathVariable Long unitId, @RequestParam int version) {
        editing.removeMember(id, version, unitId);
        return "redirect:/blocks/" + id;
    }
}
