package vn.thidua.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierAction;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.NomineeInput;
import vn.thidua.commendation.NomineesImport;

/**
 * {@code --thidua.bench.nominee-import=true}: a 10,000-nominee workbook (half named by CCCD, half by
 * name + birth date + unit code; BK tỉnh and CSTĐCS) read, resolved, and checked row by row for
 * eligibility and duplicates, then added, as the administrator, into a fresh dossier of the province
 * each run (the previous one withdrawn, so every run meets the same duplicates). Prints the median of
 * 3 runs after 1 warm-up, and in the same run the time to merely stream the workbook with the importers' reader,
 * with their ratio.
 */
@Component
@Order(23)
@ConditionalOnProperty(name = "thidua.bench.nominee-import", havingValue = "true")
class NomineeImportBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NomineeImportBenchmark.class);
    private static final int ROWS = 10_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Dossiers dossiers;
    private final NomineesImport imports;
    private final JdbcClient jdbc;
    private final UserDetailsService users;
    private final vn.thidua.organization.SheetReader reader;

    NomineeImportBenchmark(
            Dossiers dossiers,
            NomineesImport imports,
            JdbcClient jdbc,
            UserDetailsService users,
            vn.thidua.organization.SheetReader reader) {
        this.reader = reader;
        this.dossiers = dossiers;
        this.imports = imports;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (BenchSupport.SignedIn signedIn = BenchSupport.signIn(users, "admin")) {
            byte[] file = file();
            double[] importing = new double[3];
            double[] reading = new double[3];
            Dossier previous = null;
            for (int run = -1; run < 3; run++) {
                if (previous != null) {
                    dossiers.act(
                            previous.id(), dossiers.find(previous.id()).version(), DossierAction.WITHDRAW, "bench");
                }
                Dossier d = dossiers.create(
                        BenchSupport.province(jdbc),
                        DossierKind.REGULAR,
                        null,
                        2025,
                        "Đo hiệu năng nhập danh sách, lần " + run);
                long start = System.nanoTime();
                List<NomineeInput> inputs =
                        imports.read(d.id(), new ByteArrayInputStream(file), new ArrayList<>(), n -> {});
                int added = dossiers.addNominees(d.id(), d.version(), inputs).size();
                double ms = (System.nanoTime() - start) / 1e6;
                long readStart = System.nanoTime();
                int cells = BenchSupport.readWorkbook(reader, file);
                double readMs = (System.nanoTime() - readStart) / 1e6;
                if (run >= 0) {
                    importing[run] = ms;
                    reading[run] = readMs;
                }
                if (added != ROWS || cells == 0) {
                    throw new IllegalStateException("added " + added);
                }
                previous = d;
            }
            long checked = jdbc.sql("select count(*) from commendation_nominee n join commendation_dossier d"
                            + " on d.id = n.dossier_id where d.id = :d and n.check_text is not null")
                    .param("d", previous.id())
                    .query(Long.class)
                    .single();
            Arrays.sort(importing);
            Arrays.sort(reading);
            log.info(
                    """

                    Nhập danh sách đề nghị khen thưởng / nominee import: {} rows, {} bytes, {} rows with a stored verdict
                    import (read + resolve + eligibility + duplicates + write, all or nothing): median {} ms
                    baseline, stream the workbook with the importers' reader only: median {} ms
                    import / read ratio: {}""",
                    ROWS,
                    file.length,
                    checked,
                    "%.0f".formatted(importing[1]),
                    "%.0f".formatted(reading[1]),
                    "%.2f".formatted(importing[1] / reading[1]));
        }
    }

    private byte[] file() {
        List<Object[]> rows = BenchSupport.currentPeople(jdbc, ROWS);
        if (rows.size() < ROWS) {
            throw new IllegalStateException("needs " + ROWS + " people: start with --thidua.demo.people=20000");
        }
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
            String[] headers = {
                "STT", "Họ và tên", "Ngày sinh", "Số CCCD", "Đơn vị", "Hình thức đề nghị", "Tóm tắt thành tích"
            };
            Row header = sheet.createRow(2);
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            String[] awards = {"BK tỉnh", "CSTĐCS"};
            for (int r = 0; r < rows.size(); r++) {
                Object[] p = rows.get(r);
                Row row = sheet.createRow(r + 3);
                row.createCell(0).setCellValue(r + 1);
                row.createCell(1).setCellValue((String) p[1]);
                row.createCell(2).setCellValue(((LocalDate) p[2]).format(DAY));
                row.createCell(3).setCellValue(r % 2 == 0 ? (String) p[3] : "");
                row.createCell(4).setCellValue((String) p[0]);
                row.createCell(5).setCellValue(awards[r % awards.length]);
                row.createCell(6).setCellValue("Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025");
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
