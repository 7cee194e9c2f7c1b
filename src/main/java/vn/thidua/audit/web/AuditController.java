package vn.thidua.audit.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.audit.AuditIntegrity;
import vn.thidua.audit.AuditIntegrity.Kind;
import vn.thidua.audit.AuditIntegrity.Problem;
import vn.thidua.audit.AuditTrail;

/** The administrator's view of the audit trail, with a check of its seals, head and checkpoints. */
@Controller
class AuditController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;

    AuditController(AuditTrail trail, MessageSource messages, Clock clock) {
        this.trail = trail;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "false") boolean verify,
            Locale locale,
            Model model) {
        model.addAttribute("entries", trail.latest(type, actor, 200));
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        if (verify) {
            AuditIntegrity integrity = trail.verify();
            model.addAttribute("integrity", integrity);
            model.addAttribute("problems", describe(integrity.problems(), locale));
            model.addAttribute(
                    "checkpointText",
                    integrity
                            .checkpoint()
                            .map(cp -> messages.getMessage(
                                    "audit.checkpoint.last", new Object[] {time(cp.at()), cp.count()}, locale))
                            .orElseGet(() -> messages.getMessage("audit.checkpoint.none", null, locale)));
        }
        return "audit/list";
    }

    private List<String> describe(List<Problem> problems, Locale locale) {
        return problems.stream()
                .map(p -> messages.getMessage(key(p), arguments(p), locale))
                .toList();
    }

    private static String key(Problem p) {
        String key = "audit.problem." + p.kind();
        if (p.kind() == Kind.MISSING_TAIL) {
            return key + (p.occurredAt() == null ? ".head" : ".checkpoint");
        }
        return key;
    }

    private Object[] arguments(Problem p) {
        long missing = Math.abs(p.expected() - p.position());
        return new Object[] {
            p.entryId() == null ? "" : String.valueOf(p.entryId()),
            p.occurredAt() == null ? "" : time(p.occurredAt()),
            String.valueOf(p.position()),
            String.valueOf(p.expected()),
            String.valueOf(missing)
        };
    }

    private String time(OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).format(TIME);
    }
}
