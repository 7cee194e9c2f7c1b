package vn.thidua.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets with AES-256-GCM so the database alone (a backup, a read replica, an SQL
 * console) does not give them away. The key is {@code thidua.security.two-factor-key} (base64 of 32
 * bytes, env {@code THIDUA_TWO_FACTOR_KEY}), the same on every instance; without it, a key file is
 * made once in the data directory (evaluation on one PC). The {@code prod} profile names no key file,
 * so production refuses to start without the key (ADR 0019).
 */
@Component
class SecretSeal {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 12;

    private final SecretKeySpec key;

    SecretSeal(SignInPolicy policy) {
        this.key = new SecretKeySpec(keyBytes(policy), "AES");
    }

    String seal(byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return "v1:"
                    + Base64.getEncoder()
                            .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                    .put(nonce)
                                    .put(sealed)
                                    .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a TOTP secret", e);
        }
    }

    byte[] open(String sealed) {
        try {
            byte[] all = Base64.getDecoder().decode(sealed.substring("v1:".length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "cannot open a TOTP secret: is thidua.security.two-factor-key the key it was sealed with?", e);
        }
    }

    private static byte[] keyBytes(SignInPolicy policy) {
        if (policy.twoFactorKey() != null && !policy.twoFactorKey().isBlank()) {
            return checked(Base64.getDecoder().decode(policy.twoFactorKey().strip()));
        }
        if (policy.twoFactorKeyFile() == null || policy.twoFactorKeyFile().isBlank()) {
            throw new IllegalStateException("Cần khóa mã hóa bí mật xác thực hai bước: đặt THIDUA_TWO_FACTOR_KEY"
                    + " (base64 của 32 byte ngẫu nhiên, ví dụ: openssl rand -base64 32), giống nhau trên mọi máy chủ.");
        }
        Path file = Path.of(policy.twoFactorKeyFile());
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the data directory's own permissions apply
                }
            }
            return checked(Base64.getDecoder().decode(Files.readString(file).strip()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] checked(byte[] key) {
        if (key.length != 32) {
            throw new IllegalStateException("thidua.security.two-factor-key must be 32 bytes in base64");
        }
        return key;
    }
}
