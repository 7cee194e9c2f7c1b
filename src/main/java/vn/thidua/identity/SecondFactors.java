package vn.thidua.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each account's TOTP secret (sealed) and recovery codes (hashed). A code is accepted by one
 * conditional update of the last used step, so the same code, or an older one, never works twice,
 * even sent twice at once; a recovery code is spent the same way.
 */
@Component
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final SecretSeal seal;
    private final Clock clock;

    SecondFactors(JdbcClient jdbc, SecretSeal seal, Clock clock) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.clock = clock;
    }

    /** A secret being set up: what the QR code carries. */
    record PendingSecret(String base32) {}

    @Transactional(readOnly = true)
    boolean enabled(long accountId) {
        return jdbc.sql("select count(*) from identity_second_factor where account_id = :a and enabled_at is not null")
                        .param("a", accountId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The secret being set up, made on the first call and the same until it is confirmed. Each
     * statement commits on its own: of two pages opened at once, the second reads the first's secret.
     */
    PendingSecret pending(long accountId) {
        Optional<String> sealed = pendingSealed(accountId);
        if (sealed.isPresent()) {
            return new PendingSecret(Base32.encode(seal.open(sealed.get())));
        }
        byte[] secret = new byte[20]; // 160 bits, as RFC 4226 recommends for HMAC-SHA1
        RANDOM.nextBytes(secret);
        try {
            jdbc.sql("insert into identity_second_factor (account_id, secret_sealed) values (:a, :s)")
                    .param("a", accountId)
                    .param("s", seal.seal(secret))
                    .update();
        } catch (DuplicateKeyException alreadyMade) {
            return new PendingSecret(Base32.encode(seal.open(pendingSealed(accountId)
                    .orElseThrow(() -> new IllegalStateException("second factor confirmed meanwhile")))));
        }
        return new PendingSecret(Base32.encode(secret));
    }

    /** Confirms the secret being set up with a code from the app; the recovery codes, or empty if wrong. */
    @Transactional
    Optional<List<String>> confirm(long accountId, String code) {
        Optional<String> sealed = pendingSealed(accountId);
        if (sealed.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong step = Totp.matchingStep(seal.open(sealed.get()), digits(code), Totp.step(clock.instant()), -1);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update identity_second_factor set enabled_at = :now, last_used_step = :step"
                        + " where account_id = :a and enabled_at is null")
                .param("now", Timestamp.from(clock.instant()))
                .param("step", step.getAsLong())
                .param("a", accountId)
                .update();
        return Optional.of(newRecoveryCodes(accountId));
    }

    @Transactional(readOnly = true)
    Set<Long> enabledAccounts() {
        return Set.copyOf(jdbc.sql("select account_id from identity_second_factor where enabled_at is not null")
                .query(Long.class)
                .list());
    }

    private Optional<String> pendingSealed(long accountId) {
        return jdbc.sql("select secret_sealed from identity_second_factor where account_id = :a and enabled_at is null")
                .param("a", accountId)
                .query(String.class)
                .optional();
    }

    /** Checks a code from the app (or a recovery code) at sign-in; a right one is spent. */
    @Transactional
    boolean verify(long accountId, String code) {
        if (code != null && digits(code).matches("\\d{" + Totp.DIGITS + "}")) {
            return verifyTotp(accountId, digits(code));
        }
        return spendRecoveryCode(accountId, code);
    }

    private boolean verifyTotp(long accountId, String code) {
        record Row(String sealed, Long lastUsedStep) {}
        Optional<Row> row = jdbc.sql("select secret_sealed, last_used_step from identity_second_factor"
                        + " where account_id = :a and enabled_at is not null")
                .param("a", accountId)
                .query((rs, n) -> new Row(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2)))
                .optional();
        if (row.isEmpty()) {
            return false;
        }
        long lastUsed = row.get().lastUsedStep() == null ? -1 : row.get().lastUsedStep();
        OptionalLong step =
                Totp.matchingStep(seal.open(row.get().sealed()), code, Totp.step(clock.instant()), lastUsed);
        return step.isPresent()
                && jdbc.sql("update identity_second_factor set last_used_step = :step where account_id = :a"
                                        + " and (last_used_step is null or last_used_step < :step)")
                                .param("step", step.getAsLong())
                                .param("a", accountId)
                                .update()
                        == 1;
    }

    private boolean spendRecoveryCode(long accountId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return jdbc.sql("update identity_recovery_code set used_at = :now"
                                + " where account_id = :a and code_hash = :h and used_at is null")
                        .param("now", Timestamp.from(clock.instant()))
                        .param("a", accountId)
                        .param("h", hash(accountId, code))
                        .update()
                == 1;
    }

    @Transactional(readOnly = true)
    int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from identity_recovery_code where account_id = :a and used_at is null")
                .param("a", accountId)
                .query(Integer.class)
                .single();
    }

    /** Ten new recovery codes in place of any left; shown once, kept only as hashes. */
    @Transactional
    List<String> newRecoveryCodes(long accountId) {
        jdbc.sql("delete from identity_recovery_code where account_id = :a")
                .param("a", accountId)
                .update();
        List<String> codes = new ArrayList<>();
        while (codes.size() < RECOVERY_CODES) {
            StringBuilder code = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
            }
            String shown = code.substring(0, 5) + "-" + code.substring(5);
            if (!codes.contains(shown)) {
                codes.add(shown);
                jdbc.sql("insert into identity_recovery_code (account_id, code_hash) values (:a, :h)")
                        .param("a", accountId)
                        .param("h", hash(accountId, shown))
                        .update();
            }
        }
        return codes;
    }

    /** Removes the second factor and its recovery codes (the administrator's reset). */
    @Transactional
    void remove(long accountId) {
        jdbc.sql("delete from identity_recovery_code where account_id = :a")
                .param("a", accountId)
                .update();
        jdbc.sql("delete from identity_second_factor where account_id = :a")
                .param("a", accountId)
                .update();
    }

    private static String digits(String code) {
        return code == null ? "" : code.replace(" ", "").strip();
    }

    /** SHA-256 of the account and the code as typed without dashes, spaces or case. */
    private static String hash(long accountId, String code) {
        String normal = code.replace("-", "").replace(" ", "").strip().toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest((accountId + ":" + normal).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
