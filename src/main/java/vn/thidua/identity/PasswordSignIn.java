package vn.thidua.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The password step of signing in, for the sign-in page and the API alike. A check of the
 * account's password happens only after {@link SignInAttempts#take} has granted one of the allowed
 * attempts, so a burst of guesses gets at most that many checks, on any number of instances.
 * Unknown, disabled and locked accounts get the same answer as a wrong password, after a check of
 * the password against a decoy hash of the same cost, so neither the answer nor its time tells
 * whether a username exists (ADR 0019).
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SignInAttempts attempts;
    private final SecondFactors secondFactors;
    private final AccountSignIn principals;
    private final PasswordEncoder decoyEncoder = new BCryptPasswordEncoder();
    private final String decoyHash = decoyEncoder.encode("khong-phai-mat-khau-nao-ca");

    PasswordSignIn(
            Accounts accounts,
            PasswordEncoder encoder,
            SignInAttempts attempts,
            SecondFactors secondFactors,
            AccountSignIn principals) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.principals = principals;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String password =
                request.getCredentials() == null ? "" : request.getCredentials().toString();
        Account account = accounts.findByUsername(AccountSignIn.normalise(request.getName()))
                .filter(Account::isEnabled)
                .orElse(null);
        if (account == null || !attempts.take(account.getId())) {
            decoyEncoder.matches(password, decoyHash);
            throw refused();
        }
        if (!matches(password, account.getPasswordHash())) {
            throw refused(); // the attempt stays taken
        }
        if (secondFactors.enabled(account.getId())) {
            attempts.giveBack(account.getId());
            throw new SecondFactorRequired(account.getId());
        }
        attempts.signedIn(account.getId());
        AccountPrincipal principal = principals.principalOf(account);
        principal.eraseCredentials();
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private boolean matches(String password, String hash) {
        try {
            return encoder.matches(password, hash);
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    /** One answer for every refusal: it tells nothing about the account. */
    static BadCredentialsException refused() {
        return new BadCredentialsException("sign-in refused");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
