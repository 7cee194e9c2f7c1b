package vn.thidua.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import vn.thidua.organization.BulkPeople.NewPerson;
import vn.thidua.organization.PeopleImport;
import vn.thidua.shared.Gender;
import vn.thidua.shared.NationalId;

/**
 * {@code --thidua.bench.import-memory=true}, run with a small heap ({@code -Xmx256m}): a 50,000-row
 * list of people (every column of the template filled, as Excel writes it, with shared strings) is
 * imported as the administrator — read, every row checked, all written in one transaction — and then
 * read and checked by two imports at once; prints the file's size and its unzipped sheet and shared
 * strings, the time, and the heap used at most (the sum of each heap pool's peak: an upper bound).
 * With {@code --thidua.bench.import-memory.baseline=true} it then opens the same file as the
 * importers did before (POI's whole-workbook model) and says whether that fits the same heap.
 */
@Component
@Order(24)
@ConditionalOnProperty(name = "thidua.bench.import-memory", havingValue = "true")
class ImportMemoryBenchmark implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportMemoryBenchmark.class);
    private static final int ROWS = 50_000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hoàng", "Ngọc", "Minh", "Thanh", "Hữu", "Kim"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Hạnh", "Khoa", "Lan", "Phúc", "Tâm", "Yến"};
    private static final String[] POSITIONS = {"Giáo viên", "Chuyên viên", "Nhân viên", "Kế toán", "Phó Trưởng phòng"};

    private final PeopleImport imports;
    private final JdbcClient jdbc;
    private final UserDetailsService users;

    ImportMemoryBenchmark(PeopleImport imports, JdbcClient jdbc, UserDetailsService users) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        try (BenchSupport.SignedIn signedIn = BenchSupport.signIn(users, "admin")) {
            byte[] file = file();
            long[] parts = unzippedSizes(file);
            settle();
            long before = usedHeap();
            resetPeaks();
            long start = System.nanoTime();
            List<NewPerson> people = imports.read(new ByteArrayInputStream(file), (d, t) -> {});
            int written = imports.write(people, "bench-50000.xlsx", n -> {});
            double ms = (System.nanoTime() - start) / 1e6;
            long peak = peakHeap();
            people = null;
            settle();
            resetPeaks();
            var context = SecurityContextHolder.getContext();
            long twoStart = System.nanoTime();
            List<CompletableFuture<Void>> two = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                two.add(CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(
                        () -> {
                            try {
                                imports.read(new ByteArrayInputStream(file), (d, t) -> {});
                                throw new IllegalStateException("the file was imported already: expected refusal");
                            } catch (vn.thidua.shared.InvalidInput expected) {
                                // every CCCD is now in the system: each row is read and refused
                            }
                        },
                        context)));
            }
            two.forEach(CompletableFuture::join);
            double twoMs = (System.nanoTime() - twoStart) / 1e6;
            long twoPeak = peakHeap();
            log.info(
                    """

                    Nhập 50.000 dòng trong bộ nhớ giới hạn / bounded-memory import: {} rows, {} people written
                    file {} bytes; unzipped: sheet {} bytes, shared strings {} bytes; max heap {} MB
                    heap used before {} MB
                    one import (stream + check every row + write all in one transaction): {} ms, peak heap {} MB
                    two imports at once (stream + check every row, each refused as already in the system): {} ms, peak heap {} MB""",
                    ROWS,
                    written,
                    file.length,
                    parts[0],
                    parts[1],
                    Runtime.getRuntime().maxMemory() >> 20,
                    before >> 20,
                    "%.0f".formatted(ms),
                    peak >> 20,
                    "%.0f".formatted(twoMs),
                    twoPeak >> 20);
            if (args.containsOption("thidua.bench.import-memory.baseline")) {
                baseline(file);
            }
        }
    }

    /** The importers' former path: POI's whole-workbook model of the same file. */
    private static void baseline(byte[] file) {
        settle();
        resetPeaks();
        long start = System.nanoTime();
        String outcome;
        try (var book = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(file))) {
            outcome = "opened, " + book.getSheetAt(0).getLastRowNum() + " rows";
        } catch (OutOfMemoryError e) {
            outcome = "OutOfMemoryError";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long peak = peakHeap();
        settle();
        log.info(
                "\nbaseline, POI's whole-workbook model (WorkbookFactory.create) of the same file: {} after {} ms, peak heap {} MB",
                outcome,
                "%.0f".formatted((System.nanoTime() - start) / 1e6),
                peak >> 20);
    }

    private byte[] file() {
        List<String> units = jdbc.sql("select code from organization_unit where valid_to is null order by id")
                .query(String.class)
                .list();
        Set<String> taken =
                new HashSet<>(jdbc.sql("select national_id from organization_person where national_id is not null")
                        .query(String.class)
                        .list());
        try (SXSSFWorkbook book = new SXSSFWorkbook(null, 200, true, true);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách cá nhân");
            Row header = sheet.createRow(0);
            for (int c = 0; c < PeopleImport.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(PeopleImport.COLUMNS.get(c));
            }
            int serial = 0;
            for (int r = 1; r <= ROWS; r++) {
                boolean female = r % 2 == 0;
                LocalDate birth = LocalDate.of(1965 + r % 35, 1 + r % 12, 1 + r % 28);
                String id;
                do {
                    id = "072%d%02d%06d"
                            .formatted(
                                    NationalId.genderCenturyDigit(
                                            female ? Gender.FEMALE : Gender.MALE, birth.getYear()),
                                    birth.getYear() % 100,
                                    900_000 - serial++);
                } while (taken.contains(id));
                String[] values = {
                    String.valueOf(r),
                    FAMILY[r % FAMILY.length] + " " + (female ? "Thị" : MIDDLE[r % MIDDLE.length]) + " "
                            + GIVEN[(r / 7) % GIVEN.length],
                    female ? "Nữ" : "Nam",
                    birth.format(DAY),
                    id,
                    POSITIONS[r % POSITIONS.length],
                    r % 3 == 0 ? "Có" : "Không",
                    units.get(r % units.size()),
                    "01/09/2025"
                };
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unzipped sizes of the first sheet and the shared strings. */
    private static long[] unzippedSizes(byte[] file) {
        long[] sizes = new long[2];
        try (var zip = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(file))
                .get()) {
            for (var e : java.util.Collections.list(zip.getEntries())) {
                long n;
                try (var in = zip.getInputStream(e)) {
                    n = in.transferTo(java.io.OutputStream.nullOutputStream());
                }
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sizes[0] = n;
                } else if (e.getName().equals("xl/sharedStrings.xml")) {
                    sizes[1] = n;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sizes;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    @SuppressWarnings("java:S1215")
    private static void settle() {
        System.gc();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
