package vn.thidua.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lockout counter, kept in the account's row and changed only by single conditional updates, so
 * it holds under a burst of parallel guesses and across instances (ADR 0019). Every check of a
 * password or a code first takes one of the {@code max} attempts; the attempt that takes the last one
 * also locks the account, so no further check starts until the lockout ends. A right password or code
 * gives the attempts back. Each change commits on its own, before the (slow) hash check.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final SignInPolicy policy;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, SignInPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    /** Takes one attempt; false when the account is locked (or all attempts are taken). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean take(long accountId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update identity_account
                        set failed_attempts = case when locked_until is null then failed_attempts + 1 else 1 end,
                            locked_until = case
                                when (case when locked_until is null then failed_attempts + 1 else 1 end) >= :max
                                then cast(:lockedUntil as timestamp with time zone) else null end
                        where id = :id
                          and ((locked_until is null and failed_attempts < :max) or locked_until <= :now)""")
                        .param("id", accountId)
                        .param("max", policy.maxFailedAttempts())
                        .param("now", Timestamp.from(now))
                        .param("lockedUntil", Timestamp.from(now.plus(policy.lockout())))
                        .update()
                == 1;
    }

    /** A right password before the second factor: gives back the attempt it took, nothing more. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void giveBack(long accountId) {
        jdbc.sql("""
                        update identity_account set failed_attempts = failed_attempts - 1, locked_until = null
                        where id = :id and failed_attempts > 0""").param("id", accountId).update();
    }

    /** Signed in: the count starts again. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(long accountId) {
        jdbc.sql("update identity_account set failed_attempts = 0, locked_until = null, last_login_at = :now"
                        + " where id = :id")
                .param("id", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** The administrator lifts a lockout (or gives a new password). */
    @Transactional
    public void unlock(long accountId) {
        jdbc.sql("update identity_account set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", accountId)
                .update();
    }
}
