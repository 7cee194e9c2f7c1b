package vn.thidua.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.identity.AccountPrincipal;
import vn.thidua.identity.SettingUpTwoFactor;
import vn.thidua.identity.SignInSession;
import vn.thidua.shared.InvalidInput;

/** The signed-in account's own page: who it is, and its two-factor sign-in. */
@Controller
class AccountController {

    private final SettingUpTwoFactor twoFactor;
    private final SignInSession session;

    AccountController(SettingUpTwoFactor twoFactor, SignInSession session) {
        this.twoFactor = twoFactor;
        this.session = session;
    }

    @GetMapping("/tai-khoan")
    String account(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        model.addAttribute("me", me);
        model.addAttribute("status", twoFactor.status(me));
        return "identity/account";
    }

    @GetMapping("/tai-khoan/xac-thuc-hai-buoc")
    String setup(@AuthenticationPrincipal AccountPrincipal me, Model model) {
        if (twoFactor.status(me).enabled()) {
            return "redirect:/tai-khoan";
        }
        return setupPage(me, model);
    }

    @PostMapping("/tai-khoan/xac-thuc-hai-buoc")
    String confirm(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (twoFactor.status(me).enabled()) {
            return "redirect:/tai-khoan";
        }
        try {
            SettingUpTwoFactor.Confirmed confirmed = twoFactor.confirm(me, code);
            session.replace(confirmed.authentication(), request, response);
            // shown once, on this response only: never stored in the clear, never in a redirect
            model.addAttribute("recoveryCodes", confirmed.recoveryCodes());
            return "identity/recovery-codes";
        } catch (InvalidInput invalid) {
            model.addAttribute("problem", invalid.problems().get(0));
            return setupPage(me, model);
        }
    }

    private String setupPage(AccountPrincipal me, Model model) {
        SettingUpTwoFactor.Setup setup = twoFactor.begin(me);
        model.addAttribute("me", me);
        model.addAttribute("setup", setup);
        model.addAttribute("qr", QrSvg.of(setup.uri(), "Mã QR để thêm tài khoản vào ứng dụng xác thực"));
        return "identity/two-factor-setup";
    }
}
