package vn.thidua.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checkpoints of the audit trail in a folder outside the database ({@code thidua.audit.checkpoint-dir}),
 * one line each, only ever appended: {@code at=… count=… seal=… mac=…}. The {@code mac} seals the line
 * with the audit key, so a line cannot be forged without it. Point the folder at storage the database's
 * administrators cannot rewrite (another machine, append-only or WORM storage).
 */
@Component
class AuditCheckpoints {

    static final String FILE = "audit-checkpoints.log";
    private static final Pattern LINE =
            Pattern.compile("at=(\\S+) count=(\\d{1,18}) seal=([0-9a-f]{64}) mac=([0-9a-f]{64})");

    /** The checkpoints read back: the last valid one, and the line numbers (from 1) of lines that are not. */
    record Reading(Optional<AuditCheckpoint> last, List<Integer> invalidLines) {}

    private final Path file;
    private final AuditKey key;

    @Autowired
    AuditCheckpoints(
            @Value("${thidua.audit.checkpoint-dir:${THIDUA_DATA_DIR:./data}/audit-checkpoints}") String dir,
            AuditKey key) {
        this(Path.of(dir), key);
    }

    AuditCheckpoints(Path dir, AuditKey key) {
        this.file = dir.resolve(FILE);
        this.key = key;
    }

    Path file() {
        return file;
    }

    synchronized void append(AuditCheckpoint checkpoint) {
        String body = "at=" + checkpoint.at() + " count=" + checkpoint.count() + " seal=" + checkpoint.seal();
        String line = body + " mac=" + mac(checkpoint) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    line,
                    StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Không ghi được điểm mốc nhật ký vào " + file, e);
        }
    }

    Reading read() {
        if (!Files.exists(file)) {
            return new Reading(Optional.empty(), List.of());
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException("Không đọc được điểm mốc nhật ký " + file, e);
        }
        AuditCheckpoint last = null;
        List<Integer> invalid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            AuditCheckpoint checkpoint = parse(lines.get(i));
            if (checkpoint == null) {
                invalid.add(i + 1);
            } else {
                last = checkpoint;
            }
        }
        return new Reading(Optional.ofNullable(last), List.copyOf(invalid));
    }

    private AuditCheckpoint parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        try {
            AuditCheckpoint checkpoint =
                    new AuditCheckpoint(OffsetDateTime.parse(m.group(1)), Long.parseLong(m.group(2)), m.group(3));
            return mac(checkpoint).equals(m.group(4)) ? checkpoint : null;
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private String mac(AuditCheckpoint checkpoint) {
        return key.seal(
                "checkpoint", checkpoint.at().toString(), String.valueOf(checkpoint.count()), checkpoint.seal());
    }
}
