package vn.thidua.identity;

import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads accounts for sign-in and keeps the failure count and lockout in the database. */
@Service
class AccountSignIn implements UserDetailsService {

    private final Accounts accounts;
    private final SignInPolicy policy;
    private final Clock clock;

    AccountSignIn(Accounts accounts, SignInPolicy policy, Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username))
                .map(account -> new AccountPrincipal(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @EventListener
    @Transactional
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(normalise(event.getAuthentication().getName())).ifPresent(account -> {
            account.failedSignIn(clock.instant(), policy.maxFailedAttempts(), policy.lockout());
            accounts.save(account);
        });
    }

    @EventListener
    @Transactional
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.accountId()).ifPresent(account -> {
                account.signedIn(clock.instant());
                accounts.save(account);
            });
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
