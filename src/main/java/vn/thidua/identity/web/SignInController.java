package vn.thidua.identity.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The sign-in page and the keep-alive behind the idle warning. */
@Controller
class SignInController {

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    /** Touches the session so it does not expire; called when the user answers the idle warning. */
    @PostMapping("/session/keep-alive")
    ResponseEntity<Void> keepAlive() {
        return ResponseEntity.noContent().build();
    }
}
