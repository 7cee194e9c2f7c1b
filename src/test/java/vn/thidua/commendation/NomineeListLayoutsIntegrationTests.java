package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.achievement.Award;
import vn.thidua.organization.ImportJobs;
import vn.thidua.organization.TayNinhFixtures;

/**
 * Nominee lists in the layouts provinces and units really send (issue 19): title rows, a two-row
 * header with merged cells, section rows, other wordings and column orders, organisations by name,
 * national honours in full sentences, empty summaries; each previewed before anything is written.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("admin")
class NomineeListLayoutsIntegrationTests {

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    Dossiers dossiers;

    @Autowired
    ImportJobs jobs;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private record Teacher(String name, LocalDate birth, String cccd) {}

    private List<Teacher> teachers(int from, int count) {
        return jdbc.sql("""
                select p.full_name, p.birth_date, p.national_id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where a.unit_id = :u and p.national_id is not null and p.birth_date is not null order by p.id""")
                .param("u", tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                .query((rs, n) -> new Teacher(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list()
                .subList(from, from + count);
    }

    private Dossier provinceDossier(String title) {
        return dossiers.create(tayNinh.currentUnit("Tỉnh Tây Ninh"), DossierKind.REGULAR, null, 2025, title);
    }

    private static void cells(Sheet sheet, int r, String... values) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }

    /**
     * Another province's list: three title rows, a two-row header whose "Ngày sinh" is merged over
     * "Nam" and "Nữ" and whose other labels are merged down, a row of column numbers, and sections
     * "A. TẬP THỂ" / "B. CÁ NHÂN".
     */
    private byte[] anotherProvincesList(List<Teacher> t) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet s = book.createSheet("Biểu 01");
        cells(s, 0, "UBND TỈNH TÂY NINH", null, null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        cells(s, 1, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", null, null, null, "Độc lập - Tự do - Hạnh phúc");
        cells(s, 2, "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
        s.addMergedRegion(new CellRangeAddress(2, 2, 0, 7));
        cells(
                s,
                4,
                "STT",
                "Tên tập thể, cá nhân",
                "Ngày sinh",
                null,
                "Số CMND/CCCD",
                "Chức vụ, nơi công tác",
                "Danh hiệu thi đua/hình thức khen thưởng",
                "Thành tích đạt được");
        cells(s, 5, null, null, "Nam", "Nữ");
        for (int c : new int[] {0, 1, 4, 5, 6, 7}) {
            s.addMergedRegion(new CellRangeAddress(4, 5, c, c));
        }
        s.addMergedRegion(new CellRangeAddress(4, 4, 2, 3));
        cells(s, 6, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)");
        cells(s, 7, "A", "TẬP THỂ");
        cells(s, 8, "1", "Thanh tra tỉnh Tây Ninh", null, null, null, null, "Bằng khen của Chủ tịch UBND tỉnh", null);
        cells(
                s,
                9,
                "2",
                "Sở Giáo dục và Đào tạo",
                null,
                null,
                null,
                null,
                "Đề nghị Thủ tướng Chính phủ tặng Bằng khen",
                "Dẫn đầu phong trào thi đua ngành giáo dục năm học 2024-2025");
        cells(s, 10, "B", "CÁ NHÂN");
        cells(
                s,
                11,
                "1",
                t.get(0).name(),
                null,
                t.get(0).birth().format(DMY),
                t.get(0).cccd(),
                "Giáo viên",
                "Chủ tịch nước tặng Huân chương Lao động hạng Ba",
                "Năm năm liền hoàn thành xuất sắc nhiệm vụ");
        cells(
                s,
                12,
                "2",
                t.get(1).name(),
                t.get(1).birth().format(DMY),
                null,
                t.get(1).cccd(),
                "Tổ trưởng chuyên môn",
                "BK tỉnh",
                "Hai năm liền hoàn thành xuất sắc nhiệm vụ");
        return Workbooks.bytes(book);
    }

    private String stage(Dossier d, byte[] file) throws Exception {
        String url = mvc.perform(multipart("/dossiers/{id}/import", d.id())
                        .file(new MockMultipartFile(
                                "file", "danh-sach-tinh-ban.xlsx", "application/octet-stream", file))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        signedInAgain();
        return url;
    }

    private Document page(String url) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        signedInAgain();
        return page;
    }

    /** MockMvc clears the test's security context when a request ends; the service calls need it. */
    private static void signedInAgain() {
        org.springframework.security.core.context.SecurityContextHolder.setContext(
                org.springframework.security.test.context.TestSecurityContextHolder.getContext());
    }

    private ImportJobs.Job confirm(String preview, Dossier d) throws Exception {
        String location = mvc.perform(post(preview)
                        .param("version", String.valueOf(d.version()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        signedInAgain();
        String id = location.substring(location.lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJobs.Job job = jobs.find(id, "admin").orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }

    @Test
    void anotherProvincesListIsPreviewedRowByRowAndWrittenOnlyWhenConfirmed() throws Exception {
        Dossier d = provinceDossier("Danh sách tỉnh bạn (kiểm thử)");
        List<Teacher> t = teachers(2, 2);

        String preview = stage(d, anotherProvincesList(t));
        Document shown = page(preview);

        assertThat(dossiers.nominees(d.id()))
                .as("nothing written before confirmation")
                .isEmpty();
        assertThat(shown.select("#preview-problems")).isEmpty();
        var rows = shown.select("#preview-rows tbody tr");
        assertThat(rows).extracting(r -> r.attr("data-row")).containsExactly("9", "10", "12", "13");
        assertThat(rows.get(0).select(".kind").text()).isEqualTo("Tập thể");
        assertThat(rows.get(0).text()).contains("theo mục của danh sách").contains("chưa có tóm tắt thành tích");
        assertThat(rows.get(1).select(".award").text()).isEqualTo("Bằng khen của Thủ tướng Chính phủ");
        assertThat(rows.get(2).select(".kind").text()).isEqualTo("Cá nhân");
        assertThat(rows.get(2).select(".award").text()).contains("Huân chương Lao động hạng Ba");
        assertThat(rows.get(3).text()).doesNotContain("chưa có tóm tắt");
        assertThat(shown.select("#preview-confirm-button").text()).contains("4");

        ImportJobs.Job job = confirm(preview, d);

        assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
        List<Nominee> n = dossiers.nominees(d.id());
        assertThat(n)
                .extracting(Nominee::subject)
                .containsExactly(
                        NomineeSubject.COLLECTIVE,
                        NomineeSubject.COLLECTIVE,
                        NomineeSubject.INDIVIDUAL,
                        NomineeSubject.INDIVIDUAL);
        assertThat(n.get(0).unitId()).isEqualTo(tayNinh.currentUnit("Thanh tra tỉnh"));
        assertThat(n.get(1).unitId()).isEqualTo(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));
        assertThat(n)
                .extracting(Nominee::award)
                .containsExactly(
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                        Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                        Award.LABOR_ORDER_THIRD_CLASS,
                        Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
        assertThat(n.get(2).nationalId()).isEqualTo(t.get(0).cccd());
        assertThat(n.get(3).birthDate())
                .as("the birth date in the Nam column")
                .isEqualTo(t.get(1).birth());
        assertThat(n.subList(2, 4)).allMatch(x -> x.personId() != null);
        // the empty summary went in as a warning, and is asked for before the dossier leaves the unit
        assertThat(n.get(0).summary()).isEmpty();
    }

    @Test
    void aUnitsOwnWordingWithoutTitleRowsTellsOrganisationsFromPeopleByName() throws Exception {
        Dossier d = provinceDossier("Danh sách theo mẫu riêng (kiểm thử)");
        List<Teacher> t = teachers(4, 1);
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Sheet1",
                List.of("Hình thức khen", "Họ tên cá nhân, tên tập thể", "CCCD", "Tóm tắt thành tích"),
                List.<String[]>of(
                        new String[] {"Bằng khen UBND tỉnh", "UBND xã Hưng Điền", null, "Hoàn thành xuất sắc nhiệm vụ"},
                        new String[] {"Cờ thi đua của UBND tỉnh", "Tập thể Sở Y tế", null, "Dẫn đầu Khối thi đua"},
                        new String[] {"Giấy khen", t.get(0).name(), t.get(0).cccd(), "Hoàn thành tốt nhiệm vụ"})));

        String preview = stage(d, file);
        Document shown = page(preview);

        assertThat(shown.select("#preview-rows tbody tr .kind").eachText())
                .containsExactly("Tập thể", "Tập thể", "Cá nhân");
        assertThat(shown.select("#preview-rows tbody tr").get(0).text()).contains("tên cơ quan, đơn vị");
        assertThat(dossiers.nominees(d.id())).isEmpty();

        assertThat(confirm(preview, d).status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(dossiers.nominees(d.id()))
                .extracting(Nominee::unitId)
                .startsWith(tayNinh.currentUnit("Xã Hưng Điền"), tayNinh.currentUnit("Sở Y tế"));
    }

    @Test
    void aListWithAWrongRowIsShownWithItsProblemsAndCannotBeConfirmed() throws Exception {
        Dossier d = provinceDossier("Danh sách có dòng sai (kiểm thử)");
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "DS",
                List.of("STT", "Họ và tên", "Hình thức đề nghị", "Tóm tắt thành tích"),
                List.<String[]>of(
                        new String[] {"1", "Thanh tra tỉnh", "Lao động tiên tiến", "Tốt"},
                        new String[] {"2", "Phòng Không Có Thật", "Giấy khen", "Tốt"},
                        new String[] {"3", "Nguyễn Văn Chín", "Bằng khen to", "Tốt"})));

        String preview = stage(d, file);
        Document shown = page(preview);

        assertThat(shown.select("#preview-problems li").eachText())
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 2").contains("Lao động tiên tiến"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 3").contains("Phòng Không Có Thật"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4").contains("Bằng khen to"));
        assertThat(shown.select("#preview-confirm")).isEmpty();
        mvc.perform(post(preview + "/discard").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(preview)).andExpect(status().isNotFound());
        signedInAgain();
        assertThat(dossiers.nominees(d.id())).isEmpty();
    }

    @Autowired
    NomineesImport imports;

    @Test
    @WithUserDetails("bantdkt")
    void anotherAccountCannotOpenSomeoneElsesPreview() throws Exception {
        String preview = tayNinh.as("admin", () -> {
            Dossier d = provinceDossier("Danh sách riêng (kiểm thử)");
            String token = imports.stage(d.id(), anotherProvincesList(teachers(2, 2)), "rieng.xlsx");
            return "/dossiers/" + d.id() + "/import/" + token;
        });

        mvc.perform(get(preview)).andExpect(status().isNotFound());
        mvc.perform(post(preview).param("version", "0").with(csrf())).andExpect(status().isNotFound());
    }
}
