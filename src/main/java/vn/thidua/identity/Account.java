package vn.thidua.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseText;

/** Tài khoản: one role, scoped to a unit's subtree (null: the whole province). */
public class Account {

    @Id
    private Long id;

    private String username;
    private String passwordHash;
    private String displayName;
    private Role role;
    private Long scopeUnitId;
    private boolean enabled = true;
    private boolean demo;

    // the lockout counter and the last sign-in are written only by SignInAttempts' conditional
    // updates (ADR 0019): saving an account never puts back a count read earlier
    @ReadOnlyProperty
    private int failedAttempts;

    @ReadOnlyProperty
    private Instant lockedUntil;

    @ReadOnlyProperty
    private Instant lastLoginAt;

    private String email;

    @Version
    private Integer version;

    @PersistenceCreator
    Account() {}

    public Account(String username, String passwordHash, String displayName, Role role, Long scopeUnitId) {
        this.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        this.passwordHash = passwordHash;
        describe(displayName, role, scopeUnitId, true);
    }

    public void describe(String displayName, Role role, Long scopeUnitId, boolean enabled) {
        if (!role.provinceWideByDefault() && scopeUnitId == null) {
            throw new IllegalArgumentException("account.scope.required");
        }
        this.displayName = VietnameseText.clean(displayName);
        this.role = role;
        this.scopeUnitId = scopeUnitId;
        this.enabled = enabled;
    }

    void markDemo() {
        this.demo = true;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Long getScopeUnitId() {
        return scopeUnitId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isDemo() {
        return demo;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Integer getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "username=" + username + "\ndisplayName=" + displayName + "\nrole=" + role + "\nscopeUnitId="
                + scopeUnitId + "\nenabled=" + enabled;
    }

    public String getEmail() {
        return email;
    }

    /** The address reminders go to; null for none. */
    void email(String address) {
        this.email = address;
    }
}
