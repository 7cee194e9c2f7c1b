package vn.thidua.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.audit.AuditTrail;

/** The administrator's view of the audit trail, with a check of the hash chain. */
@Controller
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/admin/audit")
    String list(
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String actor,
            @RequestParam(defaultValue = "false") boolean verify,
            Model model) {
        model.addAttribute("entries", trail.latest(type, actor, 200));
        model.addAttribute("type", type);
        model.addAttribute("actor", actor);
        if (verify) {
            model.addAttribute("brokenAt", trail.firstBrokenEntry());
        }
        return "audit/list";
    }
}
