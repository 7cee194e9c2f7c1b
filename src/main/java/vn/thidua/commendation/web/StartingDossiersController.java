package vn.thidua.commendation.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.AwardClassifications;
import vn.thidua.commendation.AwardMethod;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.NomineeSubject;
import vn.thidua.commendation.StartingDossiers;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/**
 * Starting a dossier (issue 19): the new-dossier form names a movement for a thematic dossier, and
 * keeps what was typed when refused; an extraordinary deed goes straight to its dossier in one form.
 */
@Controller
class StartingDossiersController {

    /** What the new-dossier form held, given back with the problems when it is refused. */
    record NewDossier(
            Long unitId, DossierKind kind, Long movementId, String year, String title, AwardMethod awardMethod)
            implements java.io.Serializable {}

    private final StartingDossiers starting;
    private final UnitDirectory units;
    private final AwardClassifications classifications;

    StartingDossiersController(StartingDossiers starting, UnitDirectory units, AwardClassifications classifications) {
        this.starting = starting;
        this.classifications = classifications;
        this.units = units;
    }

    @PostMapping("/dossiers/new")
    String create(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) DossierKind kind,
            @RequestParam(required = false) Long movementId,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) AwardMethod awardMethod,
            RedirectAttributes redirect) {
        try {
            Integer y = year == null || year.isBlank() ? null : parseYear(year);
            return "redirect:/dossiers/"
                    + classifications
                            .create(() -> starting.create(unitId, kind, movementId, y, title), awardMethod)
                            .id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            redirect.addFlashAttribute(
                    "newDossier", new NewDossier(unitId, kind, movementId, year, title, awardMethod));
            return "redirect:/dossiers#new-dossier";
        }
    }

    private static Integer parseYear(String year) {
        try {
            return Integer.valueOf(year.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of("year", "validation.number", year);
        }
    }

    @GetMapping("/dossiers/deed")
    String deedForm(Model model) {
        model.addAttribute(
                "deed", new StartingDossiers.Deed(null, null, null, NomineeSubject.INDIVIDUAL, null, null, null, null));
        return deedPage(model);
    }

    @PostMapping("/dossiers/deed")
    String fromDeed(
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedOn,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) NomineeSubject subject,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Award award,
            Model model) {
        StartingDossiers.Deed deed =
                new StartingDossiers.Deed(unitId, happenedOn, what, subject, fullName, nationalId, position, award);
        try {
            return "redirect:/dossiers/" + starting.fromDeed(deed).id();
        } catch (InvalidInput invalid) {
            model.addAttribute("problems", invalid.problems());
            model.addAttribute("deed", deed);
            return deedPage(model);
        }
    }

    private String deedPage(Model model) {
        model.addAttribute("unitOptions", units.currentInScope());
        model.addAttribute("subjects", List.of(NomineeSubject.INDIVIDUAL, NomineeSubject.COLLECTIVE));
        model.addAttribute("awards", Award.values());
        return "commendation/deed";
    }

    /** The movements the new-dossier form on the dossier list offers. */
    @ControllerAdvice(assignableTypes = DossiersController.class)
    static class MovementOptions {

        private final StartingDossiers starting;

        MovementOptions(StartingDossiers starting) {
            this.starting = starting;
        }

        @ModelAttribute
        void movements(Model model, jakarta.servlet.http.HttpServletRequest request) {
            if ("GET".equals(request.getMethod())
                    && (request.getContextPath() + "/dossiers").equals(request.getRequestURI())) {
                model.addAttribute("movementOptions", starting.movementsToName());
            }
        }
    }
}
