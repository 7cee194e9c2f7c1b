package vn.thidua.identity;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.Units;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * The administrator's work on accounts. A change of role, scope or status ends the account's open
 * sessions, so the new rights apply from the next request, on every instance.
 */
@Service
public class ManagingAccounts {

    private final Accounts accounts;
    private final Units units;
    private final PasswordEncoder encoder;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ApplicationEventPublisher events;
    private final SignInAttempts attempts;
    private final SecondFactors secondFactors;

    ManagingAccounts(
            Accounts accounts,
            Units units,
            PasswordEncoder encoder,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            ApplicationEventPublisher events,
            SignInAttempts attempts,
            SecondFactors secondFactors) {
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.units = units;
        this.encoder = encoder;
        this.sessions = sessions;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByUsername();
    }

    /** The ids of the accounts that sign in with a second factor. */
    @PreAuthorize("hasRole('ADMIN')")
    public java.util.Set<Long> withSecondFactor() {
        return secondFactors.enabledAccounts();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account create(String username, String displayName, Role role, Long scopeUnitId, String password) {
        InvalidInput.requireFits("username", username, 60);
        InvalidInput.requireFits("displayName", displayName, 200);
        if (username == null || !username.strip().matches("[A-Za-z0-9._-]{3,60}")) {
            throw InvalidInput.of("username", "validation.account.username");
        }
        if (accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .isPresent()) {
            throw InvalidInput.of("username", "validation.account.usernameTaken", username);
        }
        requirePassword(password);
        Account account =
                new Account(username, encoder.encode(password), displayName, role, checkedScope(role, scopeUnitId));
        Account saved = accounts.save(account);
        events.publishEvent(AuditableChange.created("account", saved.getId(), saved.toString()));
        return saved;
    }

    /** Sets (or clears) the e-mail address reminders are sent to. */
    @PreAuthorize("hasRole('ADMIN')")
    @org.springframework.transaction.annotation.Transactional
    public Account setEmail(Long id, int expectedVersion, String email) {
        Account account = load(id, expectedVersion);
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw InvalidInput.of("email", "validation.account.email");
        }
        String before = account.toString();
        account.email(address);
        Account saved = accounts.save(account);
        events.publishEvent(vn.thidua.shared.AuditableChange.updated(
                "account", id, before, saved.toString() + " email=" + address));
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account update(
            Long id, int expectedVersion, String displayName, Role role, Long scopeUnitId, boolean enabled) {
        InvalidInput.requireFits("displayName", displayName, 200);
        Account account = load(id, expectedVersion);
        String before = account.toString();
        account.describe(displayName, role, checkedScope(role, scopeUnitId), enabled);
        return saveAndEndSessions(account, before);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account unlock(Long id, int expectedVersion) {
        Account account = load(id, expectedVersion);
        attempts.unlock(id);
        events.publishEvent(AuditableChange.updated("account", id, account.toString(), account + "\nunlocked=true"));
        return accounts.findById(id).orElseThrow();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account resetPassword(Long id, int expectedVersion, String password) {
        requirePassword(password);
        Account account = load(id, expectedVersion);
        String before = account.toString();
        account.changePassword(encoder.encode(password));
        attempts.unlock(id);
        return saveAndEndSessions(account, before);
    }

    /**
     * Turns off an account's second factor (a lost phone with its recovery codes): it signs in with
     * the password alone, and, if its role requires one, is sent to set a new one up.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Account resetSecondFactor(Long id, int expectedVersion) {
        Account account = load(id, expectedVersion);
        secondFactors.remove(id);
        sessions.findByPrincipalName(account.getUsername()).keySet().forEach(sessions::deleteById);
        events.publishEvent(
                AuditableChange.updated("account", id, account.toString(), account + "\nsecondFactor=removed"));
        return account;
    }

    /** One demo account to create, or to give the demo password again. */
    public record DemoAccount(String username, String displayName, Role role, Long scopeUnitId) {}

    /**
     * Creates the demo accounts, or gives existing ones this password; for the embedded demo only.
     * The password is hashed once for all of them (an adaptive hash costs ~0.1 s each).
     */
    @Transactional
    public void provisionDemo(List<DemoAccount> demo, String password) {
        String hash = encoder.encode(password);
        for (DemoAccount d : demo) {
            Account account = accounts.findByUsername(d.username()).orElseGet(() -> {
                Account created = new Account(d.username(), hash, d.displayName(), d.role(), d.scopeUnitId());
                created.markDemo();
                return created;
            });
            account.changePassword(hash);
            attempts.unlock(accounts.save(account).getId());
        }
    }

    private Account load(Long id, int expectedVersion) {
        Account account = accounts.findById(id).orElseThrow(() -> InvalidInput.of("id", "validation.account.unknown"));
        if (account.getVersion() == null || account.getVersion() != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException("stale account edit");
        }
        return account;
    }

    private Account saveAndEndSessions(Account account, String before) {
        Account saved = accounts.save(account);
        sessions.findByPrincipalName(saved.getUsername()).keySet().forEach(sessions::deleteById);
        events.publishEvent(AuditableChange.updated("account", saved.getId(), before, saved.toString()));
        return saved;
    }

    private Long checkedScope(Role role, Long scopeUnitId) {
        if (scopeUnitId == null && !role.provinceWideByDefault()) {
            throw InvalidInput.of("scopeUnitId", "validation.account.scopeRequired");
        }
        if (scopeUnitId != null && units.findById(scopeUnitId).isEmpty()) {
            throw InvalidInput.of("scopeUnitId", "validation.unit.unknown");
        }
        return scopeUnitId;
    }

    private static void requirePassword(String password) {
        if (password == null || password.length() < 10) {
            throw InvalidInput.of("password", "validation.account.password");
        }
    }
}
