package vn.thidua.demo;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Does demo work as a demo account, through the same services (and so the same access checks,
 * records and audit) a person signed in as that account goes through; puts back whoever was there.
 */
@Component
class DemoActors {

    private final UserDetailsService accounts;

    DemoActors(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    <T> T as(String username, Supplier<T> work) {
        SecurityContext saved = SecurityContextHolder.getContext();
        try {
            UserDetails user = accounts.loadUserByUsername(username);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
            SecurityContextHolder.setContext(context);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    void run(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }
}
