package vn.thidua.identity;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Makes the principal a signed-in account is known by, with whether it must set up a second factor
 * first. The sign-in itself (password, lockout, second factor) is {@link PasswordSignIn} and
 * {@link SecondFactorSignIn}; this also serves as the {@link UserDetailsService} tests sign in with.
 */
@Service
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;
    private final SignInPolicy policy;
    private final SecondFactors secondFactors;
    private final Clock clock;

    AccountSignIn(Accounts accounts, SignInPolicy policy, SecondFactors secondFactors, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username))
                .map(this::principalOf)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    AccountPrincipal principalOf(Account account) {
        boolean due = policy.requiresTwoFactor(account) && !secondFactors.enabled(account.getId());
        return new AccountPrincipal(account, clock.instant(), due);
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
