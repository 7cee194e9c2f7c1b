package vn.thidua.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/**
 * The Ban TĐKT brings in the lists kept on paper and in old spreadsheets: resistance-war awards of
 * a commune, commemorative medals, Bằng khen of the former Long An province. A file is taken whole
 * or not at all, every bad row named; the register is searched without diacritics.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
class LegacyRegistersIntegrationTests {

    @Autowired
    LegacyRegisters registers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static String[] row(String... cells) {
        return cells;
    }

    private static byte[] file(List<String[]> rows) {
        // the list as offices keep it: a title row above the header, columns in another order
        XSSFWorkbook book = Workbooks.sheet(
                "DS",
                List.of(
                        "STT",
                        "Họ và tên",
                        "Năm sinh",
                        "Quê quán, địa chỉ",
                        "Sổ",
                        "Đối tượng",
                        "Hình thức khen thưởng",
                        "Thời kỳ kháng chiến",
                        "Tỉnh cũ",
                        "Số quyết định",
                        "Ngày quyết định",
                        "Cơ quan quyết định"),
                rows);
        book.getSheetAt(0).shiftRows(0, rows.size(), 1);
        book.getSheetAt(0).createRow(0).createCell(0).setCellValue("DANH SÁCH KHEN THƯỞNG KHÁNG CHIẾN XÃ LONG THUẬN");
        return Workbooks.bytes(book);
    }

    private int count() {
        return jdbc.sql("select count(*) from legacy_award")
                .query(Integer.class)
                .single();
    }

    @Test
    void aWholeFileIsImportedAndFoundWithoutDiacritics() {
        tayNinh.signInAs("bantdkt");
        int before = count();
        String decomposed = Normalizer.normalize("Lâm Văn Bảy", Normalizer.Form.NFD);
        int written = registers.importFile(
                new ByteArrayInputStream(file(List.of(
                        row(
                                "1",
                                decomposed,
                                "1941",
                                "Xã Long Thuận, tỉnh Tây Ninh",
                                "Kháng chiến",
                                "Cá nhân",
                                "Huân chương Kháng chiến hạng Nhì",
                                "chống Mỹ",
                                "",
                                "301/KT-HĐNN",
                                "30/04/1987",
                                "Hội đồng Nhà nước"),
                        row(
                                "2",
                                "Gia đình bà Trương Thị Mười",
                                "",
                                "Xã Long Thuận, tỉnh Tây Ninh",
                                "Kháng chiến",
                                "Gia đình",
                                "Huân chương Kháng chiến hạng Ba",
                                "Chống Pháp",
                                "",
                                "77/KT-HĐNN",
                                "02/09/1985",
                                "Hội đồng Nhà nước"),
                        row(
                                "3",
                                "Đoàn Ngọc Lợi",
                                "1975",
                                "Phường Tân An",
                                "Tỉnh cũ",
                                "Cá nhân",
                                "Bằng khen của Chủ tịch UBND tỉnh Long An",
                                "",
                                "Long An",
                                "2210/QĐ-UBND",
                                "15/12/2022",
                                "Chủ tịch UBND tỉnh Long An")))),
                "khang-chien-long-thuan.xlsx");
        assertThat(written).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
        assertThat(registers.search("lam van bay", null, 10)).singleElement().satisfies(a -> {
            assertThat(a.fullName()).isEqualTo("Lâm Văn Bảy"); // stored in NFC
            assertThat(a.war()).isEqualTo(LegacyKinds.War.ANTI_US);
            assertThat(a.decidedOn()).isEqualTo(java.time.LocalDate.of(1987, 4, 30));
        });
        assertThat(registers.search("huan chuong khang chien long thuan", LegacyKinds.Register.RESISTANCE, 10))
                .extracting(LegacyAward::fullName)
                .containsExactlyInAnyOrder("Lâm Văn Bảy", "Gia đình bà Trương Thị Mười");
        assertThat(registers.search("2210/QĐ-UBND", null, 10))
                .extracting(LegacyAward::formerProvince)
                .containsExactly(LegacyKinds.FormerProvince.LONG_AN);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'legacy_award'"
                                + " and after_state like '%khang-chien-long-thuan.xlsx%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the same file again: every row is already kept, nothing is written
        assertThatThrownBy(() -> registers.importFile(
                        new ByteArrayInputStream(file(List.<String[]>of(row(
                                "1",
                                "Lâm Văn Bảy",
                                "1941",
                                "",
                                "Kháng chiến",
                                "Cá nhân",
                                "Huân chương Kháng chiến hạng Nhì",
                                "Chống Mỹ",
                                "",
                                "301/KT-HĐNN",
                                "30/04/1987",
                                "")))),
                        "lai.xlsx"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("validation.legacy.alreadyKept"));
        assertThat(count()).isEqualTo(before + 3);
    }

    @Test
    void oneBadRowRejectsTheFileNamingEveryBadRow() {
        tayNinh.signInAs("bantdkt");
        int before = count();
        assertThatThrownBy(() -> registers.importFile(
                        new ByteArrayInputStream(file(List.of(
                                row(
                                        "1",
                                        "Hồ Văn Được",
                                        "1950",
                                        "",
                                        "Kháng chiến",
                                        "Cá nhân",
                                        "Huy chương Kháng chiến hạng Nhất",
                                        "Chống Mỹ",
                                        "",
                                        "12/KT",
                                        "01/05/1985",
                                        ""),
                                row(
                                        "2",
                                        "Mai Thị Nở",
                                        "1960",
                                        "",
                                        "Khen cũ",
                                        "Cá nhân",
                                        "Bằng khen",
                                        "",
                                        "",
                                        "",
                                        "",
                                        ""),
                                row(
                                        "3",
                                        "Tạ Quang Vinh",
                                        "1980",
                                        "",
                                        "Tỉnh cũ",
                                        "Cá nhân",
                                        "Bằng khen của Chủ tịch UBND tỉnh Tây Ninh",
                                        "",
                                        "Tây Ninh",
                                        "99/QĐ-UBND",
                                        "15/07/2025",
                                        ""),
                                row(
                                        "4",
                                        "Hồ Văn Được",
                                        "1950",
                                        "",
                                        "Kháng chiến",
                                        "Cá nhân",
                                        "Huy chương Kháng chiến hạng Nhất",
                                        "Chống Mỹ",
                                        "",
                                        "12/KT",
                                        "01/05/1985",
                                        ""),
                                row(
                                        "5",
                                        "Lý Văn Hai",
                                        "19x0",
                                        "",
                                        "Kháng chiến",
                                        "Gia đình",
                                        "Huân chương",
                                        "",
                                        "",
                                        "",
                                        "31/02/1980",
                                        "")))),
                        "loi.xlsx"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems())
                                .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                                .containsExactly(
                                        // rows as Excel numbers them: title row 1, header row 2, data from row 3
                                        "4:register:validation.legacy.register",
                                        "5:decidedOn:validation.legacy.afterMerger",
                                        "6:fullName:validation.legacy.twiceInFile",
                                        "7:birthYear:validation.legacy.birthYear",
                                        "7:war:validation.legacy.warRequired",
                                        "7:decidedOn:validation.legacy.date"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void officersSearchButOnlyTheBanTdktWritesAndAFileWithoutHeaderIsRefused() {
        tayNinh.signInAs("donvi");
        assertThat(registers.search("tran van sau", null, 10)).isNotEmpty(); // the demo's illustrative entries
        assertThatThrownBy(() -> registers.importFile(new ByteArrayInputStream(file(List.of())), "x.xlsx"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registers.add(java.util.Map.of("fullName", "A")))
                .isInstanceOf(AccessDeniedException.class);
        tayNinh.signInAs("hoidong1");
        assertThatThrownBy(() -> registers.search("tran", null, 10)).isInstanceOf(AccessDeniedException.class);

        tayNinh.signInAs("bantdkt");
        byte[] noHeader =
                Workbooks.bytes(Workbooks.sheet("DS", List.of("Tên", "Năm"), List.<String[]>of(row("A", "1"))));
        assertThatThrownBy(() -> registers.importFile(new ByteArrayInputStream(noHeader), "x.xlsx"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).messageKey()).isEqualTo("validation.legacy.noHeader"));
        // one entry from the form, with a commemorative medal
        registers.add(java.util.Map.of(
                "register", "COMMEMORATIVE",
                "recipientKind", "INDIVIDUAL",
                "fullName", "Đỗ Thị Hồng Nhung",
                "birthYear", "1972",
                "form", "Kỷ niệm chương Vì sự nghiệp Thi đua, Khen thưởng",
                "decisionNumber", "845/QĐ-BNV",
                "decidedOn", "2021-10-05"));
        assertThat(registers.search("do thi hong nhung", LegacyKinds.Register.COMMEMORATIVE, 5))
                .hasSize(1);
        // the export reads back with the template's columns
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(registers.export("hong nhung", null)))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(3).getStringCellValue())
                    .isEqualTo("Họ và tên (*)");
            assertThat(book.getSheetAt(0).getRow(1).getCell(3).getStringCellValue())
                    .isEqualTo("Đỗ Thị Hồng Nhung");
            assertThat(book.getSheetAt(0).getRow(1).getCell(11).getStringCellValue())
                    .isEqualTo("05/10/2021");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
