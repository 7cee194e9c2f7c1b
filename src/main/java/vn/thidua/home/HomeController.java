package vn.thidua.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.Actor;

/**
 * Each role's starting page: what this account can act on now. Later modules add their own tasks
 * (registrations due, dossiers to appraise, ballots to cast, decisions to sign).
 */
@Controller
class HomeController {

    private final AccessScope scope;
    private final UnitDirectory directory;

    HomeController(AccessScope scope, UnitDirectory directory) {
        this.scope = scope;
        this.directory = directory;
    }

    @GetMapping("/")
    String home(Model model) {
        Actor actor = scope.actor();
        model.addAttribute("actor", actor);
        model.addAttribute(
                "scopeUnit",
                actor.scopeUnitId() == null
                        ? null
                        : directory.visible(actor.scopeUnitId()).orElse(null));
        if (actor.scopeUnitId() != null) {
            model.addAttribute("peopleCount", directory.currentPeople(actor.scopeUnitId()));
        }
        return "home/index";
    }
}
