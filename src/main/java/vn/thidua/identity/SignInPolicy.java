package vn.thidua.identity;

import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import vn.thidua.shared.Role;

/**
 * Sign-in rules: how many attempts (wrong passwords or codes) lock an account and for how long; how
 * long a signed-in page may stay idle before the warning, and how long the warning counts down;
 * which roles must sign in with a second factor (TOTP), whether the demo accounts are spared that
 * while evaluating, and the key that seals the TOTP secrets (ADR 0019).
 */
@ConfigurationProperties("thidua.security")
public record SignInPolicy(
        Integer maxFailedAttempts,
        Duration lockout,
        Duration idleWarningAfter,
        Duration idleCountdown,
        Set<Role> requireTwoFactorRoles,
        Boolean twoFactorExemptsDemoAccounts,
        String twoFactorKey,
        String twoFactorKeyFile) {

    public SignInPolicy {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        idleWarningAfter = idleWarningAfter == null ? Duration.ofMinutes(14) : idleWarningAfter;
        idleCountdown = idleCountdown == null ? Duration.ofSeconds(60) : idleCountdown;
        requireTwoFactorRoles = requireTwoFactorRoles == null ? Set.of() : Set.copyOf(requireTwoFactorRoles);
        twoFactorExemptsDemoAccounts = twoFactorExemptsDemoAccounts != null && twoFactorExemptsDemoAccounts;
    }

    /** Whether an account must have a second factor before it may do anything. */
    boolean requiresTwoFactor(Account account) {
        return requireTwoFactorRoles.contains(account.getRole()) && !(twoFactorExemptsDemoAccounts && account.isDemo());
    }
}
