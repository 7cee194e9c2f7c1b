package vn.thidua.identity;

import org.springframework.security.core.AuthenticationException;

/** The password was right and the account has a second factor: the sign-in goes on to the code. */
public class SecondFactorRequired extends AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final long accountId;

    SecondFactorRequired(long accountId) {
        super("second factor required");
        this.accountId = accountId;
    }

    public long accountId() {
        return accountId;
    }
}
