package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.Indicator;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.Targets;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/** A movement's targets and actual figures per unit, with their progress drawn as bars. */
@Controller
class TargetsController {

    private final Targets targets;
    private final LaunchingMovements movements;
    private final UnitDirectory units;

    TargetsController(Targets targets, LaunchingMovements movements, UnitDirectory units) {
        this.targets = targets;
        this.movements = movements;
        this.units = units;
    }

    @GetMapping("/movements/{id}/targets")
    String page(@PathVariable Long id, Model model) {
        Movement movement = movements.visible(id);
        List<Targets.Line> lines = targets.of(id);
        Map<Long, Unit> names =
                units.byId(lines.stream().map(Targets.Line::unitId).distinct().toList());
        model.addAttribute("movement", movement);
        model.addAttribute("lines", lines);
        model.addAttribute("names", names);
        model.addAttribute("indicators", Indicator.values());
        model.addAttribute(
                "participants",
                units.byId(List.copyOf(movements.participants(movement))).values().stream()
                        .sorted(java.util.Comparator.comparing(Unit::getName))
                        .toList());
        model.addAttribute("year", movement.getPeriodTo().getYear());
        return "movement/targets";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/movements/{id}/targets")
    String set(
            @PathVariable Long id,
            @RequestParam Long unitId,
            @RequestParam Indicator indicator,
            @RequestParam(required = false) String label,
            @RequestParam int year,
            @RequestParam(required = false) BigDecimal targetValue,
            @RequestParam(required = false) String measure,
            @RequestParam(defaultValue = "false") boolean lowerIsBetter,
            RedirectAttributes redirect) {
        try {
            targets.setTarget(id, unitId, indicator, label, year, targetValue, measure, !lowerIsBetter);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        }
        return "redirect:/movements/" + id + "/targets";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')")
    @PostMapping("/movements/{id}/targets/{target}/actual")
    String actual(
            @PathVariable Long id,
            @PathVariable Long target,
            @RequestParam int version,
            @RequestParam BigDecimal actual,
            RedirectAttributes redirect) {
        targets.reportActual(target, version, actual);
        redirect.addFlashAttribute("saved", "form.saved");
        return "redirect:/movements/" + id + "/targets";
    }
}
