package vn.thidua.movement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.achievement.Award;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementAction;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementKind;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.InvalidInput;

/** Movements: the tree of what was launched under what, a draft's form, and a movement's page. */
@Controller
class MovementsController {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";

    private final LaunchingMovements movements;
    private final UnitDirectory units;
    private final vn.thidua.movement.Registering registering;

    MovementsController(LaunchingMovements movements, UnitDirectory units, vn.thidua.movement.Registering registering) {
        this.movements = movements;
        this.units = units;
        this.registering = registering;
    }

    /** One line of the tree: the movement and how deep it sits under its parents. */
    record Line(Movement movement, int depth, String unitName) {}

    @GetMapping("/movements")
    String list(@RequestParam(required = false) vn.thidua.movement.MovementStatus status, Model model) {
        List<Movement> visible = movements.visible().stream()
                .filter(m -> status == null || m.getStatus() == status)
                .toList();
        model.addAttribute("statusFilter", status);
        Set<Long> ids = visible.stream().map(Movement::getId).collect(Collectors.toSet());
        Map<Long, List<Movement>> byParent = visible.stream()
                .filter(m -> m.getParentId() != null && ids.contains(m.getParentId()))
                .collect(Collectors.groupingBy(Movement::getParentId));
        Map<Long, Unit> unitNames = units.byId(
                visible.stream().map(Movement::getLaunchingUnitId).distinct().toList());
        List<Line> lines = new ArrayList<>();
        visible.stream()
                .filter(m -> m.getParentId() == null || !ids.contains(m.getParentId()))
                .forEach(m -> walk(m, 0, byParent, unitNames, lines));
        model.addAttribute("lines", lines);
        return "movement/list";
    }

    private static void walk(
            Movement m, int depth, Map<Long, List<Movement>> byParent, Map<Long, Unit> units, List<Line> lines) {
        Unit unit = units.get(m.getLaunchingUnitId());
        lines.add(new Line(m, depth, unit == null ? "" : unit.getName()));
        byParent.getOrDefault(m.getId(), List.of()).forEach(c -> walk(c, depth + 1, byParent, units, lines));
    }

    @PreAuthorize(WRITERS)
    @GetMapping("/movements/new")
    String newForm(@RequestParam(required = false) Long parent, Model model) {
        model.addAttribute("parentId", parent);
        formOptions(model);
        return "movement/form";
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/movements/new")
    String create(
            @RequestParam String name,
            @RequestParam(required = false) MovementKind kind,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String anniversary,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate registrationDeadline,
            @RequestParam(required = false) String note,
            @RequestParam Long launchingUnitId,
            @RequestParam(required = false) Long parentId,
            @RequestParam(required = false) Set<UnitKind> unitKinds,
            @RequestParam(required = false) Long rootUnitId,
            Model model) {
        MovementDetails details =
                new MovementDetails(name, kind, theme, anniversary, periodFrom, periodTo, registrationDeadline, note);
        try {
            Movement draft = movements.draft(details, launchingUnitId, parentId);
            movements.change(
                    draft.getId(),
                    draft.getVersion(),
                    m -> m.participants(
                            unitKinds == null ? EnumSet.noneOf(UnitKind.class) : unitKinds, Set.of(), rootUnitId));
            return "redirect:/movements/" + draft.getId();
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("details", details);
            model.addAttribute("parentId", parentId);
            formOptions(model);
            return "movement/form";
        }
    }

    @GetMapping("/movements/{id}")
    String show(@PathVariable Long id, Model model) {
        Movement movement = movements.visible(id);
        model.addAttribute("movement", movement);
        model.addAttribute("unit", units.visible(movement.getLaunchingUnitId()).orElse(null));
        model.addAttribute("parent", movements.parentOf(movement).orElse(null));
        model.addAttribute("children", movements.children(id));
        model.addAttribute("documentFiles", movements.documentFiles(id));
        model.addAttribute("participantCount", movements.participants(movement).size());
        model.addAttribute("awardOptions", Award.values());
        model.addAttribute("actions", MovementAction.from(movement.getStatus()));
        model.addAttribute("canWrite", movements.mayEdit(movement));
        model.addAttribute("mayApprove", movement.awaitingApproval() && movements.mayApprove(movement));
        model.addAttribute("myRegistration", registering.ofMyUnit(id).orElse(null));
        return "movement/detail";
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/criteria")
    String addCriterion(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam String criterionName,
            @RequestParam(required = false) String target,
            @RequestParam String howChecked,
            @RequestParam(required = false) String evidence,
            RedirectAttributes redirect) {
        return change(id, version, redirect, m -> m.addCriterion(criterionName, target, howChecked, evidence));
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/documents")
    String addDocument(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) String docType,
            @RequestParam(required = false) String docNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
            @RequestParam(required = false) String issuer,
            @RequestParam String documentTitle,
            @RequestParam(required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect) {
        try {
            boolean withFile = file != null && !file.isEmpty();
            movements.addDocument(
                    id,
                    version,
                    docType,
                    docNumber,
                    issuedOn,
                    issuer,
                    documentTitle,
                    withFile ? file.getOriginalFilename() : null,
                    withFile ? file.getBytes() : null);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return "redirect:/movements/" + id;
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/awards")
    String offer(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam Award award,
            @RequestParam(required = false) Integer planned,
            RedirectAttributes redirect) {
        return change(id, version, redirect, m -> m.offer(award, planned));
    }

    /** Trình phê duyệt: the one who prepared the draft sends it to the head of the launching unit. */
    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/propose")
    String propose(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return step(id, redirect, "movement.proposed", () -> movements.propose(id, version));
    }

    /** Phê duyệt, phát động: the Chairman (or the unit's leader for its own movement) approves. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SIGNER', 'UNIT_LEADER')")
    @PostMapping("/movements/{id}/launch")
    String launch(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return step(id, redirect, "movement.launched", () -> movements.launch(id, version));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SIGNER', 'UNIT_LEADER')")
    @PostMapping("/movements/{id}/send-back")
    String sendBack(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return step(id, redirect, "movement.sentBack", () -> movements.sendBack(id, version, reason));
    }

    private String step(Long id, RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("saved", done);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        } catch (Movement.IllegalMovementTransition refused) {
            redirect.addFlashAttribute("refused", refused.from());
        }
        return "redirect:/movements/" + id;
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/advance")
    String advance(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam MovementAction action,
            RedirectAttributes redirect) {
        try {
            movements.advance(id, version, action);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (Movement.IllegalMovementTransition refused) {
            redirect.addFlashAttribute("refused", refused.from());
        }
        return "redirect:/movements/" + id;
    }

    private String change(Long id, int version, RedirectAttributes redirect, Consumer<Movement> change) {
        try {
            movements.change(id, version, change);
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        }
        return "redirect:/movements/" + id;
    }

    private void formOptions(Model model) {
        model.addAttribute("kinds", MovementKind.values());
        model.addAttribute(
                "unitKinds",
                List.of(
                        UnitKind.DEPARTMENT,
                        UnitKind.AGENCY,
                        UnitKind.COMMUNE,
                        UnitKind.WARD,
                        UnitKind.SCHOOL,
                        UnitKind.ENTERPRISE,
                        UnitKind.MASS_ORGANIZATION,
                        UnitKind.DIVISION));
        model.addAttribute("launchers", units.currentInScope());
        model.addAttribute(
                "parents",
                movements.visible().stream().filter(Movement::acceptsCascade).toList());
    }
}
