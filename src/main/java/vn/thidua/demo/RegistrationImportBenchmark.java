package vn.thidua.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementAction;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.RegistrationsImport;

/**
 * {@code --thidua.bench.registration-import=true}: imports a list of 5,000 individuals registering
 * for a movement (half named by CCCD, half by name + birth date + unit code), as the Ban TĐKT, into a
 * fresh movement each run; prints the median of 3 runs after 1 warm-up, and in the same run the time
 * to merely open and read the same workbook, with their ratio.
 */
@Component
@Order(22)
@ConditionalOnProperty(name = "thidua.bench.registration-import", havingValue = "true")
class RegistrationImportBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegistrationImportBenchmark.class);
    private static final int ROWS = 5_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LaunchingMovements launching;
    private final RegistrationsImport imports;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final vn.thidua.organization.SheetReader reader;

    private final java.time.Clock clock;

    RegistrationImportBenchmark(
            LaunchingMovements launching,
            RegistrationsImport imports,
            JdbcClient jdbc,
            UserDetailsService users,
            vn.thidua.organization.SheetReader reader,
            java.time.Clock clock) {
        this.clock = clock;
        this.reader = reader;
        this.launching = launching;
        this.imports = imports;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (BenchSupport.SignedIn signedIn = BenchSupport.signIn(users, "bantdkt")) {
            byte[] file = file();
            double[] importing = new double[3];
            double[] reading = new double[3];
            for (int run = -1; run < 3; run++) {
                Movement movement = openMovement(run);
                long start = System.nanoTime();
                int registered = imports.importFile(movement.getId(), new ByteArrayInputStream(file), "bench.xlsx");
                double ms = (System.nanoTime() - start) / 1e6;
                long readStart = System.nanoTime();
                int cells = BenchSupport.readWorkbook(reader, file);
                double readMs = (System.nanoTime() - readStart) / 1e6;
                if (run >= 0) {
                    importing[run] = ms;
                    reading[run] = readMs;
                }
                if (registered != ROWS || cells == 0) {
                    throw new IllegalStateException("registered " + registered);
                }
            }
            Arrays.sort(importing);
            Arrays.sort(reading);
            log.info(
                    """

                    Nhập danh sách đăng ký / registration import: {} rows, {} bytes
                    import (check + write, all or nothing): median {} ms
                    baseline, open and read the workbook only: median {} ms
                    import / read ratio: {}""",
                    ROWS,
                    file.length,
                    "%.0f".formatted(importing[1]),
                    "%.0f".formatted(reading[1]),
                    "%.2f".formatted(importing[1] / reading[1]));
        }
    }

    private Movement openMovement(int run) {
        Long province = BenchSupport.province(jdbc);
        Movement draft = launching.draft(
                new MovementDetails(
                        "Phong trào đo hiệu năng nhập đăng ký, lần " + run,
                        MovementKind.YEARLY,
                        null,
                        null,
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.now(clock).plusDays(30),
                        "Benchmark"),
                province,
                null);
        Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
            m.participants(Set.of(), Set.of(), province); // everyone in the merged province
            m.addCriterion("Đo hiệu năng", null, "Không áp dụng", null);
        });
        Movement proposed = launching.propose(ready.getId(), ready.getVersion());
        BenchSupport.signIn(users, "chutich"); // the Chairman approves the launch
        Movement launched = launching.launch(proposed.getId(), proposed.getVersion());
        BenchSupport.signIn(users, "bantdkt");
        return launching.advance(launched.getId(), launched.getVersion(), MovementAction.OPEN_REGISTRATION);
    }

    /** 5,000 people currently in the province's units: even rows by CCCD, odd rows by name, birth, unit. */
    private byte[] file() {
        List<Object[]> rows = BenchSupport.currentPeople(jdbc, ROWS);
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đăng ký");
            Row header = sheet.createRow(0);
            for (int c = 0; c < RegistrationsImport.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(RegistrationsImport.COLUMNS.get(c));
            }
            String[] targets = {"LĐTT", "CSTĐCS", "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở"};
            for (int r = 0; r < rows.size(); r++) {
                Object[] p = rows.get(r);
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue((String) p[0]);
                row.createCell(2).setCellValue((String) p[1]);
                row.createCell(3).setCellValue(((LocalDate) p[2]).format(DAY));
                row.createCell(4).setCellValue(r % 2 == 0 ? (String) p[3] : "");
                row.createCell(5).setCellValue(targets[r % targets.length]);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
