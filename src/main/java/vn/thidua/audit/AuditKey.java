package vn.thidua.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The secret that seals audit entries and checkpoints (HMAC-SHA256). It never lives in the database:
 * it comes from {@code thidua.audit.key} (Base64, at least 32 bytes) or from the file named by
 * {@code thidua.audit.key-file}; in evaluation mode, without either, a key file is created in the data
 * directory. Outside evaluation mode ({@code prod}) the application refuses to start without a key.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    static final int MIN_BYTES = 32;

    private final SecretKeySpec key;

    AuditKey(
            @Value("${thidua.audit.key:}") String key,
            @Value("${thidua.audit.key-file:}") String keyFile,
            @Value("${thidua.audit.evaluation:true}") boolean evaluation,
            @Value("${thidua.audit.demo-key-file:${THIDUA_DATA_DIR:./data}/audit-seal.key}") String demoKeyFile) {
        this.key = new SecretKeySpec(load(key, keyFile, evaluation, Path.of(demoKeyFile)), "HmacSHA256");
    }

    /** A key given directly, for tests and tools. */
    static AuditKey of(String base64) {
        return new AuditKey(base64, "", false, "");
    }

    /** HMAC-SHA256 of the fields, each length-prefixed so that no shift between fields keeps the seal. */
    String seal(String... fields) {
        StringBuilder content = new StringBuilder();
        for (String field : fields) {
            content.append(field == null ? "-1" : String.valueOf(field.length()))
                    .append(':')
                    .append(field == null ? "" : field)
                    .append('\u001f');
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] load(String key, String keyFile, boolean evaluation, Path demoKeyFile) {
        if (key != null && !key.isBlank()) {
            return decode(key, "thidua.audit.key");
        }
        if (keyFile != null && !keyFile.isBlank()) {
            return decode(read(Path.of(keyFile)), "thidua.audit.key-file (" + keyFile + ")");
        }
        if (!evaluation) {
            throw new IllegalStateException("Thiếu khóa niêm phong nhật ký: đặt THIDUA_AUDIT_KEY (Base64, ít nhất "
                    + MIN_BYTES + " byte, ví dụ `openssl rand -base64 32`) hoặc THIDUA_AUDIT_KEY_FILE");
        }
        if (!Files.exists(demoKeyFile)) {
            createDemo(demoKeyFile);
        }
        return decode(read(demoKeyFile), "khóa dùng thử " + demoKeyFile);
    }

    private static byte[] decode(String text, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Khóa niêm phong nhật ký trong " + where + " không phải Base64");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException(
                    "Khóa niêm phong nhật ký trong " + where + " quá ngắn: cần ít nhất " + MIN_BYTES + " byte");
        }
        return bytes;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được khóa niêm phong nhật ký " + file, e);
        }
    }

    private static void createDemo(Path file) {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(
                        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            log.warn(
                    "Chế độ dùng thử: đã tạo khóa niêm phong nhật ký {} (giữ tệp này; trong sản xuất đặt THIDUA_AUDIT_KEY)",
                    file.toAbsolutePath());
        } catch (FileAlreadyExistsException e) {
            // another instance created it first
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
