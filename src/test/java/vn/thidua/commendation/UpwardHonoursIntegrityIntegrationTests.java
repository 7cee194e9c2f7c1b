package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.History;
import vn.thidua.achievement.RecordsImport;
import vn.thidua.organization.TayNinhFixtures;

/**
 * Issue 17: lists that name the state honours a province proposes upward (Huân chương Lao động hạng
 * Nhì, Nhà giáo Ưu tú, …) are understood, not refused as unknown words.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class UpwardHonoursIntegrityIntegrationTests {

    @Autowired
    Dossiers dossiers;

    @Autowired
    NomineesImport nomineesImport;

    @Autowired
    RecordsImport recordsImport;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    private record Teacher(String name, LocalDate birth, String cccd) {}

    private List<Teacher> teachers() {
        return jdbc.sql("""
                select p.full_name, p.birth_date, p.national_id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where a.unit_id = :u and p.national_id is not null order by p.id""")
                .param("u", tayNinh.currentUnit("Sở Giáo dục và Đào tạo"))
                .query((rs, n) -> new Teacher(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list()
                .subList(3, 5);
    }

    private static byte[] nomineeList(List<String[]> rows) {
        XSSFWorkbook book = new XSSFWorkbook();
        Sheet sheet = book.createSheet("DS");
        String[] header = {
            "STT", "Họ tên", "Ngày, tháng, năm sinh", "Số CCCD", "Chức vụ", "Hình thức khen thưởng", "Thành tích"
        };
        Row h = sheet.createRow(0);
        for (int c = 0; c < header.length; c++) {
            h.createCell(c).setCellValue(header[c]);
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(1 + r);
            for (int c = 0; c < rows.get(r).length; c++) {
                row.createCell(c).setCellValue(rows.get(r)[c]);
            }
        }
        return Workbooks.bytes(book);
    }

    @Test
    void aNomineeListNamingHonoursProposedUpwardIsUnderstood() {
        Dossier d = dossiers.create(
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                DossierKind.REGULAR,
                null,
                2025,
                "Đề nghị khen thưởng cấp Nhà nước");
        List<Teacher> t = teachers();
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        byte[] file = nomineeList(List.<String[]>of(
                new String[] {
                    "1",
                    t.get(0).name(),
                    t.get(0).birth().format(dmy),
                    t.get(0).cccd(),
                    "Hiệu trưởng",
                    "Huân chương Lao động hạng Nhì",
                    "Thành tích xuất sắc giai đoạn 2020–2024"
                },
                new String[] {
                    "2",
                    t.get(1).name(),
                    t.get(1).birth().format(dmy),
                    t.get(1).cccd(),
                    "Giáo viên",
                    "Nhà giáo Ưu tú",
                    "Hơn 20 năm giảng dạy, nhiều sáng kiến cấp tỉnh"
                }));

        List<NomineeInput> read =
                nomineesImport.read(d.id(), new ByteArrayInputStream(file), new ArrayList<>(), done -> {});

        assertThat(read)
                .extracting(NomineeInput::award)
                .containsExactly(Award.LABOR_ORDER_SECOND_CLASS, Award.MERITORIOUS_TEACHER);
    }

    @Test
    void aRecordsListNamingHonoursProposedUpwardIsUnderstood() {
        Teacher t = teachers().get(0);
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Hồ sơ",
                RecordsImport.COLUMNS,
                List.of(
                        new String[] {
                            "1",
                            t.name(),
                            "",
                            t.cccd(),
                            "",
                            "Khen thưởng",
                            "2019",
                            "HCLĐ hạng II",
                            "15/05/2019",
                            "1024/QĐ-CTN"
                        },
                        new String[] {
                            "2",
                            t.name(),
                            "",
                            t.cccd(),
                            "",
                            "Khen thưởng",
                            "2021",
                            "Nhà giáo Ưu tú",
                            "20/11/2021",
                            "2050/QĐ-CTN"
                        })));

        List<History> histories = recordsImport.read(new ByteArrayInputStream(file), (done, total) -> {});

        assertThat(histories)
                .flatExtracting(History::awards)
                .extracting(History.AwardEntry::form)
                .containsExactly(Award.LABOR_ORDER_SECOND_CLASS, Award.MERITORIOUS_TEACHER);
    }
}
