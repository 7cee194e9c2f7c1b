package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditKeyTests {

    static final String KEY = Base64.getEncoder().encodeToString("khoa-niem-phong-nhat-ky-tay-ninh-2026".getBytes());

    @TempDir
    Path dir;

    @Test
    void productionRefusesToStartWithoutAConfiguredKey() {
        assertThatThrownBy(() -> new AuditKey(
                        "", "", false, dir.resolve("audit-seal.key").toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("THIDUA_AUDIT_KEY");
        assertThat(dir.resolve("audit-seal.key")).doesNotExist();
    }

    @Test
    void refusesAKeyShorterThan32BytesOrNotInBase64() {
        assertThatThrownBy(() -> AuditKey.of(Base64.getEncoder().encodeToString(new byte[31])))
                .hasMessageContaining("quá ngắn");
        assertThatThrownBy(() -> AuditKey.of("không phải base64!")).hasMessageContaining("Base64");
    }

    @Test
    void evaluationCreatesAKeyFileOnceAndKeepsUsingIt() {
        String file = dir.resolve("data/audit-seal.key").toString();

        String first = new AuditKey("", "", true, file).seal("audit-entry", "1");
        String again = new AuditKey("", "", true, file).seal("audit-entry", "1");

        assertThat(Path.of(file)).exists();
        assertThat(again).isEqualTo(first);
    }

    @Test
    void aKeyFileAndTheSameKeyInConfigurationSealAlike() throws Exception {
        Path file = Files.writeString(dir.resolve("audit.key"), KEY + "\n");

        assertThat(new AuditKey("", file.toString(), false, "").seal("a", "b"))
                .isEqualTo(AuditKey.of(KEY).seal("a", "b"))
                .isNotEqualTo(AuditKey.of(Base64.getEncoder().encodeToString(new byte[32]))
                        .seal("a", "b"));
    }

    @Test
    void movingTextBetweenFieldsChangesTheSeal() {
        AuditKey key = AuditKey.of(KEY);

        assertThat(key.seal("name=Xã Hảo Đước\u001f", "x")).isNotEqualTo(key.seal("name=Xã Hảo Đước", "\u001fx"));
        assertThat(key.seal(null, "a")).isNotEqualTo(key.seal("null", "a"));
    }
}
