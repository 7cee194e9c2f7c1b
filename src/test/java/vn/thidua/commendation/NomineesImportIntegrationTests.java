package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

/** Nominee lists as units send them: a title above the header, their own wording, merged cells. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class NomineesImportIntegrationTests {

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
                where a.unit_id = :u and p.national_id is not null order by p.id""")
                .param("u", tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                .query((rs, n) -> new Teacher(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list()
                .subList(from, from + count);
    }

    /** Title lines, the header on row 4 in the unit's own words, the unit written once and merged down. */
    private static byte[] aListAsSent(List<String[]> rows) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("DS");
        sheet.createRow(0).createCell(0).setCellValue("SỞ GIÁO DỤC VÀ ĐÀO TẠO");
        sheet.createRow(1).createCell(0).setCellValue("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025");
        String[] header = {
            "STT",
            "Họ tên",
            "Ngày, tháng, năm sinh",
            "Số CCCD",
            "Chức vụ, đơn vị công tác",
            "Đơn vị",
            "Hình thức khen thưởng",
            "Thành tích"
        };
        Row h = sheet.createRow(3);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(4 + r);
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(4, 3 + rows.size(), 5, 5));
        return Workbooks.bytes(book);
    }

    private ImportJobs.Job upload(Dossier d, byte[] file) throws Exception {
        String preview = mvc.perform(multipart("/dossiers/{id}/import", d.id())
                        .file(new MockMultipartFile("file", "danh-sach-2025.xlsx", "application/octet-stream", file))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String location = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(preview)
                        .param("version", String.valueOf(d.version()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        org.springframework.security.core.context.SecurityContextHolder.setContext(
                org.springframework.security.test.context.TestSecurityContextHolder.getContext());
        String id = location.substring(location.lastIndexOf('/') + 1);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ImportJobs.Job job = jobs.find(id, "donvi").orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("import did not finish");
    }

    @Test
    void aListAsTheUnitSendsItIsReadWhole() throws Exception {
        Dossier d = dossiers.create(
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                DossierKind.REGULAR,
                null,
                2025,
                "Danh sách nhập từ Excel");
        List<Teacher> t = teachers(1, 2);
        byte[] file = aListAsSent(List.<String[]>of(
                new String[] {
                    "1",
                    t.get(0).name().toUpperCase(),
                    t.get(0).birth().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                    t.get(0).cccd(),
                    "Giáo viên",
                    "Sở Giáo dục và Đào tạo",
                    "Giấy khen",
                    "Hoàn thành tốt nhiệm vụ năm học"
                },
                new String[] {
                    "2",
                    t.get(1).name(),
                    null,
                    t.get(1).cccd(),
                    "Tổ trưởng chuyên môn",
                    null,
                    "BK tỉnh",
                    "Hai năm liền hoàn thành xuất sắc nhiệm vụ"
                },
                new String[] {"3", null, null, null, null, null, null, null}));

        ImportJobs.Job job = upload(d, file);

        assertThat(job.status()).isEqualTo(ImportJobs.Status.DONE);
        List<Nominee> nominees = dossiers.nominees(d.id());
        assertThat(nominees)
                .extracting(Nominee::nationalId)
                .containsExactly(t.get(0).cccd(), t.get(1).cccd());
        assertThat(nominees)
                .extracting(Nominee::award)
                .containsExactly(Award.CERTIFICATE_OF_COMMENDATION, Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
        assertThat(nominees).allMatch(n -> n.personId() != null && n.checkText() != null);
    }

    @Test
    void aLongListIsCheckedInOnePassWithTheSameVerdictsAsOneByOne() {
        long province = tayNinh.currentUnit("Tỉnh Tây Ninh");
        List<String[]> people = jdbc.sql("""
                select p.id, p.national_id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where p.national_id is not null order by p.id desc""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list()
                .subList(0, 60);
        List<NomineeInput> list = new java.util.ArrayList<>();
        for (String[] p : people) {
            list.add(new NomineeInput(
                    NomineeSubject.INDIVIDUAL,
                    null,
                    null,
                    "Người " + p[0],
                    null,
                    p[1],
                    null,
                    Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                    "Hoàn thành xuất sắc nhiệm vụ",
                    false,
                    null));
        }
        list.add(list.get(0)); // the same person twice in one list

        List<Nominee> added = tayNinh.as("admin", () -> {
            Dossier d = dossiers.create(province, DossierKind.REGULAR, null, 2025, "Danh sách dài (kiểm thử)");
            return dossiers.addNominees(d.id(), d.version(), list);
        });
        Nominee single = tayNinh.as("admin", () -> {
            Dossier d = dossiers.create(province, DossierKind.REGULAR, null, 2025, "Một người (kiểm thử)");
            return dossiers.addNominee(
                    d.id(),
                    d.version(),
                    new NomineeInput(
                            NomineeSubject.INDIVIDUAL,
                            Long.valueOf(people.get(5)[0]),
                            null,
                            null,
                            null,
                            null,
                            null,
                            Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                            "Hoàn thành xuất sắc nhiệm vụ",
                            false,
                            null));
        });

        assertThat(added).hasSize(61).allMatch(n -> n.personId() != null && n.checkText() != null);
        assertThat(added.get(60).duplicateText()).contains("Danh sách dài (kiểm thử)");
        assertThat(added.get(5).eligibility()).isEqualTo(single.eligibility());
        assertThat(added.get(5).checkText()).isEqualTo(single.checkText());
    }

    @Test
    void oneBadRowAddsNothingAndEveryProblemIsNamedByItsRow() throws Exception {
        Dossier d = dossiers.create(
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                DossierKind.REGULAR,
                null,
                2025,
                "Danh sách có dòng sai");
        List<Teacher> t = teachers(0, 1);
        byte[] file = aListAsSent(List.<String[]>of(
                new String[] {
                    "1",
                    t.get(0).name(),
                    null,
                    t.get(0).cccd(),
                    "Giáo viên",
                    "Sở Giáo dục và Đào tạo",
                    "Giấy khen",
                    "Tốt"
                },
                new String[] {"2", "Trần Văn Bảy", null, "07208500123", "Giáo viên", null, "Bằng khen to", "Tốt"},
                new String[] {"3", "Lê Thị Tám", null, null, "Giáo viên", null, "Giấy khen", ""}));

        ImportJobs.Job job = upload(d, file);

        assertThat(job.status()).isEqualTo(ImportJobs.Status.REJECTED);
        assertThat(job.problemLines())
                .extracting(p -> p[0] + " " + p[1] + " " + p[2])
                .contains("6 award import.unknownWords", "6 nationalId validation.nationalId.format")
                .noneMatch(line -> line.startsWith("7 ")); // an empty summary is a warning in the preview, not an error
        assertThat(dossiers.nominees(d.id())).isEmpty();
    }
}
