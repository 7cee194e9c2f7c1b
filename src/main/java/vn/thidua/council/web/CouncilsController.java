package vn.thidua.council.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierStatus;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.council.CouncilMinutes;
import vn.thidua.council.Councils;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.InvalidInput;

/** Councils, their members and sessions; the ballot page members vote on; the minutes. */
@Controller
class CouncilsController {

    private final Councils councils;
    private final CouncilMinutes minutes;
    private final Dossiers dossiers;
    private final UnitDirectory units;
    private final MessageSource messages;

    CouncilsController(
            Councils councils, CouncilMinutes minutes, Dossiers dossiers, UnitDirectory units, MessageSource messages) {
        this.councils = councils;
        this.minutes = minutes;
        this.dossiers = dossiers;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/councils")
    String list(Model model) {
        List<Councils.Council> all = councils.councils().stream()
                .filter(c -> isSecretariat() || councils.membership(c.id()).isPresent())
                .toList();
        model.addAttribute("councils", all);
        Map<Long, List<Councils.Session>> sessions = new HashMap<>();
        all.forEach(c -> sessions.put(c.id(), councils.sessions(c.id())));
        model.addAttribute("sessions", sessions);
        model.addAttribute(
                "members",
                all.stream()
                        .collect(java.util.stream.Collectors.toMap(
                                Councils.Council::id, c -> councils.members(c.id()))));
        model.addAttribute("roles", Councils.MemberRole.values());
        model.addAttribute("unitOptions", units.currentInScope());
        return "council/list";
    }

    @PostMapping("/councils")
    String create(
            @RequestParam String name,
            @RequestParam Long unitId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termFrom,
            @RequestParam(required = false) String decision,
            RedirectAttributes redirect) {
        return act("/councils", redirect, () -> councils.create(name, unitId, termFrom, null, decision));
    }

    @PostMapping("/councils/{id}/members")
    String addMember(
            @PathVariable Long id,
            @RequestParam String username,
            @RequestParam String fullName,
            @RequestParam(required = false) String position,
            @RequestParam Councils.MemberRole role,
            @RequestParam(required = false) Long homeUnitId,
            RedirectAttributes redirect) {
        return act("/councils", redirect, () -> councils.addMember(id, username, fullName, position, role, homeUnitId));
    }

    @PostMapping("/councils/{id}/sessions")
    String schedule(
            @PathVariable Long id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetsOn,
            @RequestParam(required = false) String place,
            @RequestParam String title,
            RedirectAttributes redirect) {
        try {
            Councils.Session s = councils.schedule(id, meetsOn, place, title);
            return "redirect:/council-sessions/" + s.id();
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
            return "redirect:/councils";
        }
    }

    @GetMapping("/council-sessions/{id}")
    String session(@PathVariable Long id, Model model) {
        Councils.Session s = councils.session(id);
        model.addAttribute("s", s);
        model.addAttribute("council", councils.council(s.councilId()));
        List<Councils.Member> members = councils.roll(id);
        model.addAttribute("members", members);
        model.addAttribute("present", councils.present(id));
        model.addAttribute("tallies", councils.tallies(id));
        model.addAttribute("recusals", councils.recusals(id));
        model.addAttribute("me", councils.membership(s.councilId()).orElse(null));
        model.addAttribute("voted", councils.votedBySelf(id));
        Map<Long, Nominee> nominees = new HashMap<>();
        Map<Long, Dossier> agenda = new java.util.LinkedHashMap<>();
        for (Long dossierId : councils.agenda(id)) {
            agenda.put(dossierId, dossiers.find(dossierId));
            dossiers.nominees(dossierId).forEach(n -> nominees.put(n.id(), n));
        }
        model.addAttribute("agenda", agenda);
        model.addAttribute("nominees", nominees);
        Set<Long> recusedSelf = new HashSet<>();
        councils.recusals(id).stream()
                .filter(r -> model.getAttribute("me") != null
                        && r.memberId().equals(((Councils.Member) model.getAttribute("me")).id()))
                .forEach(r -> recusedSelf.add(r.nomineeId()));
        model.addAttribute("recusedSelf", recusedSelf);
        Map<Long, String> unitNames = new HashMap<>();
        units.byId(nominees.values().stream()
                        .map(Nominee::unitId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach((k, v) -> unitNames.put(k, v.getName()));
        model.addAttribute("unitNames", unitNames);
        if (isSecretariat() && s.status() == Councils.SessionStatus.PLANNED) {
            model.addAttribute(
                    "ready",
                    dossiers.visible().stream()
                            .filter(d -> d.status() == DossierStatus.APPRAISED)
                            .toList());
        }
        return "council/session";
    }

    @PostMapping("/council-sessions/{id}/agenda")
    String addToAgenda(@PathVariable Long id, @RequestParam Long dossierId, RedirectAttributes redirect) {
        return act("/council-sessions/" + id, redirect, () -> {
            councils.addToAgenda(id, dossierId);
            return null;
        });
    }

    @PostMapping("/council-sessions/{id}/attendance")
    String attendance(
            @PathVariable Long id, @RequestParam(required = false) Set<Long> present, RedirectAttributes redirect) {
        return act("/council-sessions/" + id, redirect, () -> {
            councils.recordAttendance(id, present == null ? Set.of() : present);
            return null;
        });
    }

    @PostMapping("/council-sessions/{id}/open")
    String open(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act("/council-sessions/" + id, redirect, () -> councils.open(id, version));
    }

    @PostMapping("/council-sessions/{id}/close")
    String close(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        return act("/council-sessions/" + id, redirect, () -> councils.close(id, version));
    }

    @PostMapping("/council-sessions/{id}/vote")
    String vote(
            @PathVariable Long id,
            @RequestParam Long nomineeId,
            @RequestParam Councils.Choice choice,
            RedirectAttributes redirect) {
        return act("/council-sessions/" + id, redirect, () -> {
            councils.vote(id, nomineeId, choice);
            return null;
        });
    }

    @PostMapping("/council-sessions/{id}/conflict")
    String conflict(
            @PathVariable Long id,
            @RequestParam Long nomineeId,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act("/council-sessions/" + id, redirect, () -> {
            councils.declareConflict(id, nomineeId, reason);
            return null;
        });
    }

    @GetMapping("/council-sessions/{id}/minutes.{format}")
    ResponseEntity<byte[]> minutes(@PathVariable Long id, @PathVariable String format, Locale locale) {
        DocumentFormat as = DocumentFormat.ofExtension(format);
        byte[] body = minutes.write(id, as, key -> messages.getMessage(key, null, key, locale));
        return as.download(body, "bien-ban-hop-hoi-dong-" + id);
    }

    private boolean isSecretariat() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_SPECIALIST")
                                || a.getAuthority().equals("ROLE_ADMIN"));
    }

    private String act(String back, RedirectAttributes redirect, java.util.function.Supplier<?> work) {
        try {
            work.get();
            redirect.addFlashAttribute("saved", "form.saved");
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problems", invalid.problems());
        }
        return "redirect:" + back;
    }
}
