package vn.thidua.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import vn.thidua.shared.InvalidInput;

/**
 * An account sets up its own second factor from its account page: it reads the secret into an
 * authenticator app (QR code or text), then confirms with a code before it is turned on, and gets
 * ten single-use recovery codes, shown once.
 */
@Service
public class SettingUpTwoFactor {

    static final String ISSUER = "Thi Đua";

    private final Accounts accounts;
    private final SecondFactors secondFactors;
    private final SignInPolicy policy;
    private final AccountSignIn principals;

    SettingUpTwoFactor(Accounts accounts, SecondFactors secondFactors, SignInPolicy policy, AccountSignIn principals) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.principals = principals;
    }

    /** Where an account stands: whether it has a second factor, must have one, and codes left. */
    public record Status(boolean enabled, boolean required, int recoveryCodesLeft) {}

    /** What the set-up page shows: the secret as text (in groups of four) and as an otpauth:// URI. */
    public record Setup(String secret, String uri) {

        public String secretInGroups() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** The result of a right confirmation: the codes to write down, and the refreshed sign-in. */
    public record Confirmed(List<String> recoveryCodes, Authentication authentication) {}

    public Status status(AccountPrincipal me) {
        Account account = account(me);
        boolean enabled = secondFactors.enabled(me.accountId());
        return new Status(
                enabled,
                policy.requiresTwoFactor(account),
                enabled ? secondFactors.recoveryCodesLeft(me.accountId()) : 0);
    }

    public Setup begin(AccountPrincipal me) {
        if (secondFactors.enabled(me.accountId())) {
            throw InvalidInput.of("code", "validation.twoFactor.alreadyOn");
        }
        String secret = secondFactors.pending(me.accountId()).base32();
        return new Setup(secret, Totp.uri(ISSUER, me.username(), secret));
    }

    public Confirmed confirm(AccountPrincipal me, String code) {
        if (code == null || code.isBlank()) {
            throw InvalidInput.of("code", "validation.twoFactor.codeMissing");
        }
        Optional<List<String>> codes = secondFactors.confirm(me.accountId(), code);
        if (codes.isEmpty()) {
            throw InvalidInput.of("code", "validation.twoFactor.codeWrong");
        }
        AccountPrincipal refreshed = principals.principalOf(account(me));
        refreshed.eraseCredentials();
        return new Confirmed(
                codes.get(),
                UsernamePasswordAuthenticationToken.authenticated(refreshed, null, refreshed.getAuthorities()));
    }

    private Account account(AccountPrincipal me) {
        return accounts.findById(me.accountId()).orElseThrow(() -> InvalidInput.of("id", "validation.account.unknown"));
    }
}
