package vn.thidua.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** What the benchmark commands share: running as a demo account, then signing out. */
final class BenchSupport {

    private BenchSupport() {}

    /** A sign-in that ends when closed. */
    interface SignedIn extends AutoCloseable {
        @Override
        void close();
    }

    /** Signs the account in on this thread until the returned handle is closed. */
    static SignedIn signIn(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return SecurityContextHolder::clearContext;
    }
}
