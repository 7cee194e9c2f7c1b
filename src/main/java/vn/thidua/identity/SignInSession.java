package vn.thidua.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.CompositeSessionAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * Puts a sign-in finished outside the login filter (after the second factor) into the session as
 * the filter would: a new session id (no fixation), a new CSRF token, the context saved.
 */
@Component
public class SignInSession {

    private final CompositeSessionAuthenticationStrategy onSignIn;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignInSession(CookieCsrfTokenRepository csrfTokens) {
        this.onSignIn = new CompositeSessionAuthenticationStrategy(
                List.of(new ChangeSessionIdAuthenticationStrategy(), new CsrfAuthenticationStrategy(csrfTokens)));
    }

    /** A new sign-in: new session id and CSRF token, then the context. */
    public void establish(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        onSignIn.onAuthentication(authentication, request, response);
        replace(authentication, request, response);
    }

    /** The same account's principal, renewed (e.g. once its second factor is on). */
    public void replace(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
