package vn.thidua.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.thidua.shared.Actor;
import vn.thidua.shared.Role;

/** The signed-in account as kept in the (database-backed) session. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer, Actor, Serializable {

    private static final long serialVersionUID = 1L;

    private final Long accountId;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Long scopeUnitId;
    private final boolean enabled;
    private final boolean locked;
    private final boolean twoFactorSetupDue;
    private String password;

    AccountPrincipal(Account account, Instant now, boolean twoFactorSetupDue) {
        this.twoFactorSetupDue = twoFactorSetupDue;
        this.accountId = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.role = account.getRole();
        this.scopeUnitId = account.getScopeUnitId();
        this.enabled = account.isEnabled();
        this.locked = account.lockedAt(now);
        this.password = account.getPasswordHash();
    }

    public Long accountId() {
        return accountId;
    }

    /**
     * The account's role needs a second factor and it has none yet: it may do nothing but set one up
     * (or sign out) until it has.
     */
    public boolean twoFactorSetupDue() {
        return twoFactorSetupDue;
    }

    public String displayName() {
        return displayName;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public Role role() {
        return role;
    }

    @Override
    public Long scopeUnitId() {
        return scopeUnitId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }
}
