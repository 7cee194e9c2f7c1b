package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ImportUploads;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.achievement.RecordsImport;
import vn.thidua.movement.RegistrationsImport;
import vn.thidua.shared.InvalidInput;

/**
 * Issue 16: an uploaded workbook cannot exhaust the server's memory. Every importer streams its
 * sheet within {@link ImportLimits}; a file beyond a limit is refused with the limit named, nothing
 * is written, and the server keeps answering; a third import while two run is refused at once.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class ImportHardeningIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    ImportSlots slots;

    @Autowired
    PeopleImport peopleImport;

    @Autowired
    RecordsImport recordsImport;

    @Autowired
    RegistrationsImport registrationsImport;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    Units units;

    @Autowired
    org.springframework.context.MessageSource messages;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void refusesASheetThatUnzipsHugelyNamingThePartAndKeepsAnswering() throws Exception {
        // given: a zip of well under 1 MB holding 120 MB of sheet XML (40,000 rows of 3,000 letters)
        String row = "x".repeat(3_000);
        byte[] file = rawWorkbook(
                sheet -> {
                    header(sheet);
                    for (int r = 2; r <= 40_001; r++) {
                        write(
                                sheet,
                                "<row r=\"" + r + "\"><c r=\"B" + r + "\" t=\"inlineStr\"><is><t>" + row
                                        + "</t></is></c></row>");
                    }
                },
                null);
        assertThat(file.length).isLessThan(1_000_000);
        int before = peopleCount();

        // when
        ImportJobs.Job job = upload(file, "bom-nen.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> String.join(":", p))
                .containsExactly("0:file:import.limit.expanded:xl/worksheets/sheet1.xml|100");
        assertThat(peopleCount()).isEqualTo(before);
        mvc.perform(get("/people/import")).andExpect(status().isOk());
        assertThat(slots.free()).isEqualTo(2);
    }

    @Test
    void refusesSharedStringsThatUnzipBeyondTheirLimit() throws Exception {
        // given: 10,000 different strings of 4,000 characters: 40 MB of shared strings
        byte[] file = rawWorkbook(
                sheet -> {
                    header(sheet);
                    write(sheet, "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>");
                },
                strings -> {
                    String filler = "Hoàn thành xuất sắc nhiệm vụ ".repeat(200).substring(0, 3_990);
                    for (int i = 0; i < 10_000; i++) {
                        write(strings, "<si><t>" + filler + "%010d".formatted(i) + "</t></si>");
                    }
                });

        // when
        ImportJobs.Job job = upload(file, "chuoi-dai.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> p[1] + ":" + p[2] + ":" + p[3])
                .containsExactly("file:import.limit.expanded:xl/sharedStrings.xml|32");
    }

    @Test
    void namesTheRowLimitWhenAFileHasTooManyRows() throws Exception {
        // given: the header and 50,011 numbered rows
        byte[] file;
        try (SXSSFWorkbook book = new SXSSFWorkbook(100);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách cá nhân");
            Row top = sheet.createRow(0);
            for (int c = 0; c < PeopleImport.COLUMNS.size(); c++) {
                top.createCell(c).setCellValue(PeopleImport.COLUMNS.get(c));
            }
            for (int r = 1; r <= 50_011; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            book.write(out);
            file = out.toByteArray();
        }

        // when
        ImportJobs.Job job = upload(file, "qua-nhieu-dong.xlsx");

        // then: the row where reading stopped (50,000 data rows and 10 for titles and the header
        // were read), and the limit
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> String.join(":", p))
                .containsExactly("50011:file:import.limit.rows:50000");
    }

    @Test
    void namesTheRowAndColumnOfACellTooLongWhetherSharedOrInline() throws Exception {
        // given: row 3's "Chức vụ" (column F) 4,001 characters long, as Excel writes it (a shared
        // string) and as other writers do (an inline string)
        String unit = units.findById(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                .orElseThrow()
                .getCode();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"1", "Võ Thị Kim Ngân", "Nữ", "02/02/1990", "", "Giáo viên", "Có", unit, ""});
        rows.add(new String[] {"2", "Đỗ Thanh Hải", "Nam", "10/10/1980", "", "a".repeat(4_001), "Không", unit, ""});
        byte[] shared = Workbooks.bytes(Workbooks.sheet("Danh sách cá nhân", PeopleImport.COLUMNS, rows));
        byte[] inline = rawWorkbook(
                sheet -> {
                    header(sheet);
                    write(
                            sheet,
                            "<row r=\"3\"><c r=\"F3\" t=\"inlineStr\"><is><t>" + "a".repeat(4_001)
                                    + "</t></is></c></row>");
                },
                null);
        int before = peopleCount();

        // when
        ImportJobs.Job sharedJob = upload(shared, "o-qua-dai.xlsx");
        ImportJobs.Job inlineJob = upload(inline, "o-qua-dai-2.xlsx");

        // then
        for (ImportJobs.Job job : List.of(sharedJob, inlineJob)) {
            assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
            assertThat(job.problemLines())
                    .extracting(p -> String.join(":", p))
                    .containsExactly("3:file:import.limit.cellLength:4000|F|3");
        }
        assertThat(peopleCount()).isEqualTo(before);
    }

    @Test
    void namesTheColumnWhenDataLiesBeyondTheColumnLimit() throws Exception {
        // given: a note typed in column AY (the 51st) of row 2
        byte[] file = rawWorkbook(
                sheet -> {
                    header(sheet);
                    write(
                            sheet,
                            "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>Lê Hoàng Phúc</t></is></c>"
                                    + "<c r=\"AY2\" t=\"inlineStr\"><is><t>ghi chú</t></is></c></row>");
                },
                null);

        // when
        ImportJobs.Job job = upload(file, "qua-nhieu-cot.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> String.join(":", p))
                .containsExactly("2:file:import.limit.columns:50|AY");
    }

    @Test
    void everyImporterRefusesAFileBeyondALimitBeforeItsOwnChecks() {
        // given: the first row holds a cell too long, whatever the template
        byte[] file = rawWorkbook(
                sheet -> write(
                        sheet,
                        "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "b".repeat(5_000) + "</t></is></c></row>"),
                null);

        // when / then: the people and the records importers read through the same reader
        assertThatThrownBy(() -> peopleImport.read(new ByteArrayInputStream(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + ":" + p.messageKey() + ":" + p.args())
                                .containsExactly("1:import.limit.cellLength:[4000, A, 1]"));
        assertThatThrownBy(() -> recordsImport.read(new ByteArrayInputStream(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + ":" + p.messageKey() + ":" + p.args())
                                .containsExactly("1:import.limit.cellLength:[4000, A, 1]"));
    }

    @Test
    void refusesAnExcel97FileWithAClearMessage() throws Exception {
        // given
        byte[] file;
        try (HSSFWorkbook book = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("STT");
            book.write(out);
            file = out.toByteArray();
        }

        // when
        ImportJobs.Job job = upload(file, "danh-sach.xls");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines()).extracting(p -> p[2]).containsExactly("import.file.xls");
    }

    @Test
    void refusesAnUploadOverTheFileSizeLimit() throws Exception {
        // given: 11 MB
        byte[] file = new byte[11 * 1024 * 1024];
        file[0] = 'P';
        file[1] = 'K';

        // when
        ImportJobs.Job job = upload(file, "rat-lon.xlsx");

        // then
        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> String.join(":", p))
                .containsExactly("0:file:import.limit.fileSize:10");
    }

    @Test
    void aThirdImportWhileTwoRunIsRefusedAtOnceWithAMessage() throws Exception {
        // given: two imports running on this instance
        byte[] file = Workbooks.bytes(Workbooks.sheet("Danh sách cá nhân", PeopleImport.COLUMNS, List.of()));
        try (ImportSlots.Slot first = slots.take();
                ImportSlots.Slot second = slots.take()) {

            // when / then: a background import is refused on the upload page, not queued
            mvc.perform(multipart("/people/import")
                            .file(new MockMultipartFile("file", "thu-ba.xlsx", "application/octet-stream", file))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/people/import"))
                    .andExpect(flash().attribute("uploadError", "import.busy"));
            assertThat(messages.getMessage("import.busy", null, java.util.Locale.forLanguageTag("vi")))
                    .isEqualTo("Đang có nhiều tệp đang nhập, vui lòng thử lại sau.");
            // and so is an import checked while the officer waits
            tayNinh.signInAs("donvi");
            assertThatThrownBy(() -> registrationsImport.importFile(1L, new ByteArrayInputStream(file), "x.xlsx"))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems())
                                    .extracting(InvalidInput.Problem::messageKey)
                                    .containsExactly("import.busy"));
        }

        // then: once they end, imports run again
        assertThat(slots.free()).isEqualTo(2);
        assertThat(upload(file, "sau-do.xlsx").status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(slots.free()).isEqualTo(2);
    }

    private ImportJobs.Job upload(byte[] file, String name) throws Exception {
        return ImportUploads.upload(mvc, jobs, "/people/import", file, name, "donvi");
    }

    private int peopleCount() {
        return jdbc.sql("select count(*) from organization_person")
                .query(Integer.class)
                .single();
    }

    private static void header(Writer sheet) {
        StringBuilder row = new StringBuilder("<row r=\"1\">");
        for (int c = 0; c < PeopleImport.COLUMNS.size(); c++) {
            row.append("<c r=\"")
                    .append((char) ('A' + c))
                    .append("1\" t=\"inlineStr\"><is><t>")
                    .append(PeopleImport.COLUMNS.get(c))
                    .append("</t></is></c>");
        }
        write(sheet, row.append("</row>").toString());
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An .xlsx written part by part, as any writer may produce it: the sheet's rows and the shared
     * strings (null for none) streamed into the zip, so a test can make parts far larger than the file.
     */
    private static byte[] rawWorkbook(Consumer<Writer> rows, Consumer<Writer> sharedStrings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            part(zip, "[Content_Types].xml", w -> write(w, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
                    </Types>"""));
            part(zip, "_rels/.rels", w -> write(w, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                    </Relationships>"""));
            part(zip, "xl/workbook.xml", w -> write(w, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                    <sheets><sheet name="Danh sách cá nhân" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            part(zip, "xl/_rels/workbook.xml.rels", w -> write(w, """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>\
                    </Relationships>"""));
            part(zip, "xl/worksheets/sheet1.xml", w -> {
                write(
                        w,
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
                rows.accept(w);
                write(w, "</sheetData></worksheet>");
            });
            if (sharedStrings != null) {
                part(zip, "xl/sharedStrings.xml", w -> {
                    write(
                            w,
                            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
                    sharedStrings.accept(w);
                    write(w, "</sst>");
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void part(ZipOutputStream zip, String name, Consumer<Writer> content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new java.io.BufferedWriter(
                new java.io.OutputStreamWriter(new NonClosing(zip), StandardCharsets.UTF_8), 1 << 16);
        content.accept(w);
        w.flush();
        zip.closeEntry();
    }

    /** Lets a writer flush into the zip's current entry without closing the zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() {
            // the zip stays open
        }
    }
}
