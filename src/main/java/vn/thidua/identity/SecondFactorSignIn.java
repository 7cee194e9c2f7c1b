package vn.thidua.identity;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * The second step of signing in: the code from the authenticator app, or a recovery code, for an
 * account whose password was right. Each code counts towards the same lockout as a password.
 */
@Service
public class SecondFactorSignIn {

    /** Where the code is asked for. */
    public static final String PATH = "/login/ma-xac-thuc";

    /** The session attribute holding the {@link Pending} sign-in. */
    public static final String SESSION_ATTRIBUTE = "thidua.identity.pendingSignIn";

    /** How long after the password the code may come. */
    static final Duration CODE_WITHIN = Duration.ofMinutes(5);

    private final Accounts accounts;
    private final SignInAttempts attempts;
    private final SecondFactors secondFactors;
    private final AccountSignIn principals;
    private final Clock clock;

    SecondFactorSignIn(
            Accounts accounts,
            SignInAttempts attempts,
            SecondFactors secondFactors,
            AccountSignIn principals,
            Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.principals = principals;
        this.clock = clock;
    }

    /** Kept in the session between the password and the code; nothing is signed in yet. */
    public record Pending(long accountId, Instant since) implements Serializable {}

    public enum Result {
        SIGNED_IN,
        WRONG_CODE,
        /** Locked, disabled, or too late: back to the sign-in page with the one message for all. */
        REFUSED
    }

    public record Outcome(Result result, Authentication authentication) {}

    /** Starts the wait for the code, after the password step said so. */
    public Pending pending(SecondFactorRequired required) {
        return new Pending(required.accountId(), clock.instant());
    }

    public Outcome complete(Pending pending, String code) {
        Account account = accounts.findById(pending.accountId())
                .filter(Account::isEnabled)
                .orElse(null);
        if (account == null || clock.instant().isAfter(pending.since().plus(CODE_WITHIN))) {
            return new Outcome(Result.REFUSED, null);
        }
        if (!attempts.take(account.getId())) {
            return new Outcome(Result.REFUSED, null);
        }
        if (!secondFactors.verify(account.getId(), code)) {
            return new Outcome(Result.WRONG_CODE, null);
        }
        attempts.signedIn(account.getId());
        AccountPrincipal principal = principals.principalOf(account);
        principal.eraseCredentials();
        return new Outcome(
                Result.SIGNED_IN,
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
