package vn.thidua.commendation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Appraisal;
import vn.thidua.commendation.AwardClassifications;
import vn.thidua.commendation.AwardMethod;
import vn.thidua.commendation.Disclosure;
import vn.thidua.commendation.DocumentType;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierAction;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.NomineeInput;
import vn.thidua.commendation.NomineeSubject;
import vn.thidua.commendation.NomineesImport;
import vn.thidua.commendation.RecipientTier;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;

/** The dossier screens: the list, a new dossier, and one dossier with everything done to it. */
@Controller
class DossiersController {

    private final Dossiers dossiers;
    private final NomineesImport imports;
    private final Disclosure disclosure;
    private final UnitDirectory units;
    private final vn.thidua.commendation.OutgoingPackage outgoing;
    private final AwardClassifications classifications;

    DossiersController(
            Dossiers dossiers,
            NomineesImport imports,
            Disclosure disclosure,
            UnitDirectory units,
            vn.thidua.commendation.OutgoingPackage outgoing,
            AwardClassifications classifications) {
        this.outgoing = outgoing;
        this.classifications = classifications;
        this.dossiers = dossiers;
        this.imports = imports;
        this.disclosure = disclosure;
        this.units = units;
    }

    @GetMapping("/dossiers")
    String list(
            @RequestParam(required = false) vn.thidua.commendation.DossierStatus status,
            @RequestParam(required = false) Boolean overdue,
            Model model) {
        java.time.LocalDate today = dossiers.today();
        // the work list's links: one status, or the appraisals past their due date
        List<Dossier> all = dossiers.visible().stream()
                .filter(d -> status == null || d.status() == status)
                .filter(d -> !Boolean.TRUE.equals(overdue)
                        || d.status() == vn.thidua.commendation.DossierStatus.UNDER_APPRAISAL
                                && d.dueOn() != null
                                && d.dueOn().isBefore(today))
                .toList();
        model.addAttribute("statusFilter", status);
        model.addAttribute("dossiers", all);
        model.addAttribute(
                "unitNames",
                names(all.stream().map(Dossier::proposingUnitId).distinct().toList()));
        model.addAttribute("kinds", DossierKind.values());
        model.addAttribute("methods", AwardMethod.values());
        model.addAttribute("unitOptions", units.currentInScope());
        model.addAttribute("today", dossiers.today());
        model.addAttribute("thisYear", dossiers.today().getYear());
        return "commendation/list";
    }

    @PostMapping("/dossiers")
    String create(
            @RequestParam Long unitId,
            @RequestParam DossierKind kind,
            @RequestParam(required = false) Long movementId,
            @RequestParam int year,
            @RequestParam String title,
            @RequestParam(required = false) AwardMethod awardMethod,
            RedirectAttributes redirect) {
        try {
            Dossier d =
                    classifications.create(() -> dossiers.create(unitId, kind, movementId, year, title), awardMethod);
            return "redirect:/dossiers/" + d.id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/dossiers";
        }
    }

    @GetMapping("/dossiers/{id}")
    String detail(@PathVariable Long id, Model model) {
        Dossier d = dossiers.find(id);
        List<Nominee> nominees = dossiers.nominees(id);
        model.addAttribute("d", d);
        model.addAttribute("allowedActions", dossiers.allowedActions(d));
        model.addAttribute("nominees", nominees);
        model.addAttribute(
                "unitNames",
                names(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(d.proposingUnitId(), d.holderUnitId()),
                                nominees.stream().map(Nominee::unitId))
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
        model.addAttribute("papers", dossiers.papers(id));
        model.addAttribute("missing", dossiers.missingPapers(id));
        model.addAttribute("breaches", dossiers.quotaBreaches(id));
        model.addAttribute("history", dossiers.history(id));
        model.addAttribute("consultations", dossiers.consultations(id));
        model.addAttribute("notice", disclosure.noticeOf(id).orElse(null));
        model.addAttribute("needsNotice", disclosure.needsNotice(id));
        model.addAttribute("comments", disclosure.comments(id));
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("awards", Award.values());
        model.addAttribute("subjects", NomineeSubject.values());
        model.addAttribute("fields", Nominee.FIELDS);
        model.addAttribute("method", classifications.method(id));
        model.addAttribute("methods", AwardMethod.values());
        model.addAttribute("tiers", RecipientTier.values());
        model.addAttribute(
                "classes",
                classifications.ofNominees(nominees.stream().map(Nominee::id).toList()));
        model.addAttribute("mayClassify", classifications.mayChange(d));
        model.addAttribute("upward", outgoing.upward(id));
        model.addAttribute("today", dossiers.today());
        return "commendation/detail";
    }

    @GetMapping("/dossiers/{id}/history")
    String history(@PathVariable Long id, Model model) {
        Dossier d = dossiers.find(id);
        model.addAttribute("d", d);
        model.addAttribute("unitNames", names(List.of(d.proposingUnitId())));
        model.addAttribute("history", dossiers.history(id));
        model.addAttribute("nominees", dossiers.nominees(id));
        return "commendation/history";
    }

    @PostMapping("/dossiers/{id}/nominees")
    String addNominee(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam NomineeSubject subject,
            @RequestParam(required = false) Long personId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Award award,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String justification,
            @RequestParam(required = false) RecipientTier recipientTier,
            @RequestParam(required = false) Boolean enterprise,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                () -> dossiers.addNominee(
                        id,
                        version,
                        new NomineeInput(
                                subject,
                                personId,
                                unitId,
                                fullName,
                                birthDate,
                                nationalId,
                                position,
                                award,
                                summary,
                                false,
                                justification,
                                recipientTier,
                                enterprise)));
    }

    /** The tier the position suggests, shown beside the nominee form's tier field (htmx, as the user types). */
    @GetMapping("/dossiers/tier-suggestion")
    String tierSuggestion(@RequestParam(required = false) String position, Model model) {
        model.addAttribute("suggested", RecipientTier.suggest(position).orElse(null));
        return "commendation/classification :: suggestion";
    }

    @PostMapping("/dossiers/{id}/method")
    String stateMethod(
            @PathVariable Long id,
            @RequestParam(required = false) AwardMethod awardMethod,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            classifications.stateMethod(id, awardMethod);
            return null;
        });
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/classification")
    String classify(
            @PathVariable Long id,
            @PathVariable Long nomineeId,
            @RequestParam(required = false) RecipientTier recipientTier,
            @RequestParam(required = false) Boolean enterprise,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> classifications.classify(nomineeId, recipientTier, enterprise));
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}")
    String changeNominee(
            @PathVariable Long id,
            @PathVariable Long nomineeId,
            @RequestParam int version,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) String nationalId,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Award award,
            @RequestParam(required = false) String summary,
            @RequestParam(required = false) String justification,
            @RequestParam(required = false) RecipientTier recipientTier,
            @RequestParam(required = false) Boolean enterprise,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            Nominee n = dossiers.nominee(nomineeId);
            return dossiers.changeNominee(
                    nomineeId,
                    version,
                    new NomineeInput(
                            n.subject(),
                            n.personId(),
                            n.unitId(),
                            fullName,
                            birthDate,
                            nationalId,
                            position,
                            award == null ? n.award() : award,
                            summary,
                            n.posthumous(),
                            justification,
                            recipientTier,
                            enterprise));
        });
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/remove")
    String removeNominee(
            @PathVariable Long id,
            @PathVariable Long nomineeId,
            @RequestParam int version,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            dossiers.removeNominee(nomineeId, version);
            return null;
        });
    }

    @PostMapping("/dossiers/{id}/nominees/{nomineeId}/appraisal")
    String appraise(
            @PathVariable Long id,
            @PathVariable Long nomineeId,
            @RequestParam int version,
            @RequestParam Appraisal appraisal,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Set<String> fields,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> dossiers.appraise(nomineeId, version, appraisal, reason, fields));
    }

    @PostMapping("/dossiers/{id}/papers")
    String filePaper(
            @PathVariable Long id,
            @RequestParam DocumentType type,
            @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            if (file == null || file.isEmpty()) {
                throw InvalidInput.of("file", "validation.file.required");
            }
            return dossiers.filePaper(id, type, file.getOriginalFilename(), bytes(file));
        });
    }

    @GetMapping("/dossiers/nominees-template.xlsx")
    org.springframework.http.ResponseEntity<byte[]> template() {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"mau-danh-sach-de-nghi-khen-thuong.xlsx\"")
                .body(imports.template());
    }

    @PostMapping("/dossiers/{id}/act")
    String act(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam DossierAction action,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> dossiers.act(id, version, action, note));
    }

    /** For awards above the province: the package that goes to Bộ Nội vụ. */
    @GetMapping("/dossiers/{id}/package.zip")
    org.springframework.http.ResponseEntity<byte[]> outgoingPackage(@PathVariable Long id) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType("application/zip"))
                .header(
                        org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"ho-so-de-nghi-cap-tren-" + id + ".zip\"")
                .body(outgoing.zip(id));
    }

    @PostMapping("/dossiers/{id}/assign")
    String assign(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam String specialist,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> dossiers.assign(id, version, specialist));
    }

    @PostMapping("/dossiers/{id}/consultations")
    String consult(
            @PathVariable Long id,
            @RequestParam String agency,
            @RequestParam(defaultValue = "10") int days,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> dossiers.consult(id, agency, days));
    }

    @PostMapping("/dossiers/{id}/consultations/{consultationId}")
    String answer(
            @PathVariable Long id,
            @PathVariable Long consultationId,
            @RequestParam String answer,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            dossiers.recordAnswer(consultationId, answer);
            return null;
        });
    }

    @PostMapping("/dossiers/{id}/notice")
    String publish(
            @PathVariable Long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> disclosure.publish(id, startsOn));
    }

    @PostMapping("/dossiers/{id}/comments/{commentId}")
    String handle(
            @PathVariable Long id,
            @PathVariable Long commentId,
            @RequestParam Disclosure.CommentStatus status,
            @RequestParam(required = false) String handling,
            RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            disclosure.handle(commentId, status, handling);
            return null;
        });
    }

    private String act(Long id, RedirectAttributes redirect, Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:/dossiers/" + id;
    }

    private Map<Long, String> names(List<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        units.byId(ids).forEach((k, v) -> names.put(k, v.getName()));
        return names;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
