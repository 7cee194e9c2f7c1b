package vn.thidua.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.identity.SecondFactorSignIn;
import vn.thidua.identity.SignInSession;

/** The second step of signing in: the code from the authenticator app, or a recovery code. */
@Controller
class SecondFactorController {

    private final SecondFactorSignIn signIn;
    private final SignInSession session;

    SecondFactorController(SecondFactorSignIn signIn, SignInSession session) {
        this.signIn = signIn;
        this.session = session;
    }

    @GetMapping(SecondFactorSignIn.PATH)
    String form(HttpSession httpSession) {
        return pending(httpSession) == null ? "redirect:/login" : "identity/second-factor";
    }

    @PostMapping(SecondFactorSignIn.PATH)
    String verify(
            @RequestParam(required = false) String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession httpSession,
            Model model) {
        SecondFactorSignIn.Pending pending = pending(httpSession);
        if (pending == null) {
            return "redirect:/login";
        }
        SecondFactorSignIn.Outcome outcome = signIn.complete(pending, code);
        switch (outcome.result()) {
            case SIGNED_IN -> {
                httpSession.removeAttribute(SecondFactorSignIn.SESSION_ATTRIBUTE);
                session.establish(outcome.authentication(), request, response);
                return "redirect:/";
            }
            case WRONG_CODE -> {
                model.addAttribute("wrong", true);
                return "identity/second-factor";
            }
            default -> {
                httpSession.removeAttribute(SecondFactorSignIn.SESSION_ATTRIBUTE);
                return "redirect:/login?error";
            }
        }
    }

    private static SecondFactorSignIn.Pending pending(HttpSession httpSession) {
        return httpSession.getAttribute(SecondFactorSignIn.SESSION_ATTRIBUTE) instanceof SecondFactorSignIn.Pending p
                ? p
                : null;
    }
}
