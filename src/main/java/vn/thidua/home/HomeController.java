package vn.thidua.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.thidua.organization.AccessScope;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.Actor;

/**
 * Each role's starting page: its work list (what waits for the account, what is late, deadlines
 * coming, what waits on others), each line with its count and a link to the filtered list.
 */
@Controller
class HomeController {

    private final AccessScope scope;
    private final UnitDirectory directory;
    private final WorkList work;

    HomeController(AccessScope scope, UnitDirectory directory, WorkList work) {
        this.scope = scope;
        this.directory = directory;
        this.work = work;
    }

    /** Anonymous visitors get the public portal; a signed-in account its work list. */
    @GetMapping("/")
    String home(Model model) {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof Actor)) {
            return "redirect:/portal";
        }
        Actor actor = scope.actor();
        model.addAttribute("actor", actor);
        model.addAttribute("work", work.of(actor));
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
