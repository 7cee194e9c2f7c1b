package vn.thidua.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.thidua.identity.SignInPolicy;

/** Gives every page the idle-warning timing, so the layout's script can count down. */
@ControllerAdvice
class IdleSettings {

    private final SignInPolicy policy;

    IdleSettings(SignInPolicy policy) {
        this.policy = policy;
    }

    @ModelAttribute("idleWarningAfterSeconds")
    long idleWarningAfterSeconds() {
        return policy.idleWarningAfter().toSeconds();
    }

    @ModelAttribute("idleCountdownSeconds")
    long idleCountdownSeconds() {
        return policy.idleCountdown().toSeconds();
    }
}
