package vn.thidua.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the real Tây Ninh units and demo people the tests work on. */
@Component
public class TayNinhFixtures {

    private final JdbcClient jdbc;
    private final org.springframework.security.core.userdetails.UserDetailsService accounts;

    TayNinhFixtures(JdbcClient jdbc, org.springframework.security.core.userdetails.UserDetailsService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** Does some work as another account, then puts back whoever the test was signed in as. */
    public <T> T as(String username, java.util.function.Supplier<T> work) {
        var saved = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            org.springframework.security.core.context.SecurityContextHolder.setContext(
                    org.springframework.security.core.context.SecurityContextHolder.createEmptyContext());
            signInAs(username);
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(saved);
        }
    }

    /** Puts an account in the test thread's security context, as if it had signed in. */
    public void signInAs(String username) {
        var user = accounts.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(
                        org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
    }

    /** The unit of that name in force today (after the 2025 merger when both exist). */
    public long currentUnit(String name) {
        return jdbc.sql("select id from organization_unit where name = :name and valid_to is null order by id")
                .param("name", name)
                .query(Long.class)
                .list()
                .get(0);
    }

    /** The unit of that name that ended with the 2025 merger. */
    public long formerUnit(String name) {
        return jdbc.sql("select id from organization_unit where name = :name and valid_to is not null")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** Someone currently working in the unit. */
    public long personIn(long unitId) {
        return jdbc.sql("""
        select organization_person from organization_assignment
        where unit_id = :unit and to_date is null order by organization_person""").param("unit", unitId).query(Long.class).list().get(0);
    }

    public long personNamed(String fullName) {
        return jdbc.sql("select id from organization_person where full_name = :name order by id")
                .param("name", fullName)
                .query(Long.class)
                .list()
                .get(0);
    }
}
