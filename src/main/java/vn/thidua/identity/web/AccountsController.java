package vn.thidua.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.identity.Account;
import vn.thidua.identity.ManagingAccounts;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/** The administrator's account screens: list, create, change role and scope, unlock, reset. */
@Controller
@RequestMapping("/admin/accounts")
class AccountsController {

    private final ManagingAccounts accounts;
    private final UnitDirectory directory;
    private final java.time.Clock clock;

    AccountsController(ManagingAccounts accounts, UnitDirectory directory, java.time.Clock clock) {
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        var all = accounts.all();
        model.addAttribute("accounts", all);
        model.addAttribute(
                "units",
                directory.byId(all.stream()
                        .map(Account::getScopeUnitId)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("unitOptions", directory.currentInScope());
        model.addAttribute("now", clock.instant());
        model.addAttribute("withSecondFactor", accounts.withSecondFactor());
        return "identity/accounts";
    }

    @PostMapping
    String create(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) Long scopeUnitId,
            @RequestParam String password,
            RedirectAttributes redirect) {
        try {
            accounts.create(username, displayName, role, scopeUnitId, password);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) Long scopeUnitId,
            @RequestParam(defaultValue = "false") boolean enabled,
            RedirectAttributes redirect) {
        try {
            accounts.update(id, version, displayName, role, scopeUnitId, enabled);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/email")
    String email(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam(required = false) String email,
            RedirectAttributes redirect) {
        try {
            accounts.setEmail(id, version, email);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        accounts.unlock(id, version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/second-factor/reset")
    String resetSecondFactor(@PathVariable Long id, @RequestParam int version, RedirectAttributes redirect) {
        accounts.resetSecondFactor(id, version);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/accounts";
    }

    @PostMapping("/{id}/password")
    String resetPassword(
            @PathVariable Long id,
            @RequestParam int version,
            @RequestParam String password,
            RedirectAttributes redirect) {
        try {
            accounts.resetPassword(id, version, password);
            redirect.addFlashAttribute("saved", true);
        } catch (InvalidInput invalid) {
            redirect.addFlashAttribute("problem", invalid.problems().get(0));
        }
        return "redirect:/admin/accounts";
    }
}
