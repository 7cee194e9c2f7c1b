package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.shared.InvalidInput;

/** The Ban TĐKT adds the schools of a new ward from Excel. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class UnitsImportIntegrationTests {

    @Autowired
    UnitsImport unitsImport;

    @Autowired
    Units units;

    @Autowired
    TayNinhFixtures tayNinh;

    @Test
    void importsUnitsWhoseParentIsOnARowAbove() throws Exception {
        // given
        String ward = units.findById(tayNinh.currentUnit("Phường Gia Lộc"))
                .orElseThrow()
                .getCode();
        byte[] file = workbook(List.of(
                new String[] {"GL-THCS", "Trường THCS Gia Lộc", "Trường học", ward, "01/07/2025", "", ""},
                new String[] {"GL-THCS-TO-TOAN", "Tổ Toán - Tin", "Phòng, ban", "GL-THCS", "", "", "tổ chuyên môn"}));

        // when
        int imported = unitsImport.importAll(new ByteArrayInputStream(file), (done, total) -> {});

        // then
        assertThat(imported).isEqualTo(2);
        Unit school = units.findByCode("GL-THCS").orElseThrow();
        assertThat(school.getKind()).isEqualTo(UnitKind.SCHOOL);
        assertThat(school.getParentId()).isEqualTo(tayNinh.currentUnit("Phường Gia Lộc"));
        assertThat(units.findByCode("GL-THCS-TO-TOAN").orElseThrow().getParentId())
                .isEqualTo(school.getId());
    }

    @Test
    void rejectsUnknownKindsParentsAndRepeatedCodesWithoutWritingAnything() throws Exception {
        // given
        byte[] file = workbook(List.of(
                new String[] {"TB-THPT", "Trường THPT Tân Biên", "Trường học", "TN25-072", "", "", ""},
                new String[] {"TB-THPT", "Trường THPT Lê Hồng Phong", "Trường cấp ba", "KHONG-CO", "", "", ""},
                new String[] {
                    "TB-MN", "Trường Mầm non Thạnh Tây", "Trường học", "TN25-072", "30/06/2025", "01/01/2025", ""
                }));

        // when / then
        assertThatThrownBy(() -> unitsImport.importAll(new ByteArrayInputStream(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + ":" + p.field() + ":" + p.messageKey())
                                .containsExactlyInAnyOrder(
                                        "3:kind:import.unit.kind",
                                        "3:parentCode:import.unit.parent",
                                        "3:code:import.unit.repeated",
                                        "4:validTo:validation.unit.validity"));
        assertThat(units.findByCode("TB-THPT")).isEmpty();
    }

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerCannotImportUnits() {
        assertThatThrownBy(() -> unitsImport.importAll(new ByteArrayInputStream(new byte[0]), (d, t) -> {}))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] workbook(List<String[]> rows) {
        return Workbooks.bytes(Workbooks.sheet("Danh sách đơn vị", UnitsImport.COLUMNS, rows));
    }
}
