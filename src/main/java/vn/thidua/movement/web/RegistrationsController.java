package vn.thidua.movement.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/** A unit's registration for a movement, and the Ban TĐKT's view of who has registered. */
@Controller
class RegistrationsController {

    private static final String WRITERS = "hasAnyRole('ADMIN', 'SPECIALIST', 'UNIT_OFFICER')";
    private static final int PICKER_LIMIT = 500;

    private final vn.thidua.movement.RegistrationsImport imports;
    private final org.springframework.context.MessageSource messages;
    private final vn.thidua.movement.Reminding reminding;
    private final vn.thidua.movement.MovementReport report;
    private final Registering registering;
    private final LaunchingMovements movements;
    private final UnitDirectory units;
    private final AccessScope scope;

    RegistrationsController(
            Registering registering,
            LaunchingMovements movements,
            UnitDirectory units,
            AccessScope scope,
            vn.thidua.movement.RegistrationsImport imports,
            org.springframework.context.MessageSource messages,
            vn.thidua.movement.Reminding reminding,
            vn.thidua.movement.MovementReport report) {
        this.reminding = reminding;
        this.report = report;
        this.imports = imports;
        this.messages = messages;
        this.registering = registering;
        this.movements = movements;
        this.units = units;
        this.scope = scope;
    }

    /** The officer's own unit opens (or finds) its registration. */
    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/registrations")
    String open(@PathVariable Long id, @RequestParam(required = false) Long unitId, RedirectAttributes redirect) {
        Long unit = unitId != null ? unitId : scope.scopeRoot();
        try {
            return "redirect:/registrations/" + registering.open(id, unit).getId();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
            return "redirect:/movements/" + id;
        }
    }

    /** Individuals' registrations from Excel, for every unit in the file, all rows or none. */
    @PreAuthorize(WRITERS)
    @PostMapping("/movements/{id}/registrations/import")
    String importFile(
            @PathVariable Long id,
            @RequestParam("file") org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            int registered = imports.importFile(id, file.getInputStream(), file.getOriginalFilename());
            redirect.addFlashAttribute("imported", registered);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("importProblems", invalid.problems());
        }
        return "redirect:/movements/" + id;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @GetMapping("/movements/{id}/registrations.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@PathVariable Long id, java.util.Locale locale) {
        byte[] body = imports.export(id, a -> messages.getMessage("award." + a.name(), null, a.name(), locale));
        return xlsx(body, "dang-ky-thi-dua-" + id + ".xlsx");
    }

    /** The movement's review (sơ kết, tổng kết): Word to edit, PDF to print. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @GetMapping("/movements/{id}/report.{format}")
    org.springframework.http.ResponseEntity<byte[]> report(
            @PathVariable Long id, @PathVariable String format, java.util.Locale locale) {
        vn.thidua.shared.DocumentFormat as = vn.thidua.shared.DocumentFormat.ofExtension(format);
        byte[] body = report.write(id, as, key -> messages.getMessage(key, null, key, locale));
        return as.download(body, "bao-cao-phong-trao-" + id);
    }

    @PreAuthorize(WRITERS)
    @GetMapping("/movements/registrations/template.xlsx")
    org.springframework.http.ResponseEntity<byte[]> template() {
        return xlsx(imports.template(), "mau-dang-ky-thi-dua.xlsx");
    }

    private static org.springframework.http.ResponseEntity<byte[]> xlsx(byte[] body, String name) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename(name)
                                .build()
                                .toString())
                .body(body);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/movements/{id}/registrations/remind")
    String remind(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reminded", reminding.remindUnregistered(id));
        return "redirect:/movements/" + id + "/registrations";
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @GetMapping("/movements/{id}/registrations")
    String overview(@PathVariable Long id, Model model) {
        model.addAttribute("movement", movements.visible(id));
        model.addAttribute("lines", registering.overview(id));
        return "movement/registrations";
    }

    @GetMapping("/registrations/{id}")
    String show(@PathVariable Long id, Model model) {
        Registration r = registering.visible(id);
        model.addAttribute("registration", r);
        model.addAttribute("maySubmit", registering.maySubmit(r));
        model.addAttribute("movement", movements.visible(r.getMovementId()));
        model.addAttribute("unit", units.require(r.getUnitId()));
        var people = units.peopleIn(r.getUnitId(), PICKER_LIMIT);
        model.addAttribute("people", people);
        Map<Long, UnitDirectory.PersonOption> byId =
                people.stream().collect(Collectors.toMap(UnitDirectory.PersonOption::id, Function.identity()));
        model.addAttribute("names", byId);
        model.addAttribute(
                "collectiveAwards",
                java.util.Arrays.stream(Award.values())
                        .filter(a -> a.admits(vn.thidua.achievement.RecipientKind.COLLECTIVE))
                        .toList());
        model.addAttribute(
                "individualAwards",
                java.util.Arrays.stream(Award.values())
                        .filter(a -> a.admits(vn.thidua.achievement.RecipientKind.INDIVIDUAL))
                        .toList());
        return "movement/registration";
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/registrations/{id}/describe")
    String describe(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) Award collectiveTarget,
            @RequestParam(required = false) String commitments,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.describe(id, version, collectiveTarget, commitments));
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/registrations/{id}/people")
    String register(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam Long personId,
            @RequestParam Award target,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.register(id, version, personId, target));
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/registrations/{id}/people/{person}/remove")
    String unregister(
            @PathVariable Long id, @PathVariable Long person, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.unregister(id, version, person));
    }

    @PreAuthorize(WRITERS)
    @PostMapping("/registrations/{id}/send-to-leader")
    String sendToLeader(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.sendToLeader(id, version));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'UNIT_OFFICER', 'UNIT_LEADER')")
    @PostMapping("/registrations/{id}/submit")
    String submit(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.submit(id, version));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/registrations/{id}/return")
    String returnIt(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) String returnReason,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.returnWithReason(id, version, returnReason));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SPECIALIST')")
    @PostMapping("/registrations/{id}/accept")
    String accept(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(id, redirect, () -> registering.accept(id, version));
    }

    private String act(Long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        } catch (Registration.IllegalRegistrationStep refused) {
            redirect.addFlashAttribute("refused", refused.from());
        }
        return "redirect:/registrations/" + id;
    }
}
