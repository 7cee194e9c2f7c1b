package vn.thidua.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in rules: how many wrong passwords lock an account and for how long; how long a signed-in
 * page may stay idle before the warning, and how long the warning counts down.
 */
@ConfigurationProperties("thidua.security")
public record SignInPolicy(
        Integer maxFailedAttempts, Duration lockout, Duration idleWarningAfter, Duration idleCountdown) {

    public SignInPolicy {
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        lockout = lockout == null ? Duration.ofMinutes(15) : lockout;
        idleWarningAfter = idleWarningAfter == null ? Duration.ofMinutes(14) : idleWarningAfter;
        idleCountdown = idleCountdown == null ? Duration.ofSeconds(60) : idleCountdown;
    }
}
