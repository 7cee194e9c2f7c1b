package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.Workbooks;
import vn.thidua.achievement.Award;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.Units;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/** The Ban TĐKT imports the departments' lists of individuals registering for the year's movement. */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class})
@WithUserDetails("bantdkt")
class RegistrationsImportIntegrationTests {

    @Autowired
    LaunchingMovements launching;

    @Autowired
    RegistrationsImport imports;

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    Registrations registrations;

    @Autowired
    Registering registering;

    @Autowired
    EditingPeople people;

    @Autowired
    Units units;

    @Autowired
    TayNinhFixtures tayNinh;

    private String code(String unit) {
        return units.findById(tayNinh.currentUnit(unit)).orElseThrow().getCode();
    }

    private byte[] file(List<String[]> rows) {
        XSSFWorkbook book = Workbooks.sheet("Đăng ký", RegistrationsImport.COLUMNS, rows);
        return Workbooks.bytes(book);
    }

    @Test
    void aGoodListRegistersEveryoneAndABadOneRegistersNobody() {
        // given
        Movement movement = movementsFor.openForDepartments(
                "Phong trào năm 2026 (kiểm thử nhập đăng ký)", TestClock.today().plusDays(20));
        String education = code("Sở Giáo dục và Đào tạo");
        String health = code("Sở Y tế");
        people.create(
                new PersonDetails(
                        "Kiều Thị Ngọc Diễm",
                        Gender.FEMALE,
                        LocalDate.of(1987, 2, 3),
                        "072187009911",
                        "Giáo viên",
                        false),
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                LocalDate.of(2012, 9, 1));
        people.create(
                new PersonDetails("Thạch Văn Sơn", Gender.MALE, LocalDate.of(1982, 11, 20), null, "Bác sĩ", false),
                tayNinh.currentUnit("Sở Y tế"),
                LocalDate.of(2010, 3, 1));
        byte[] bad = file(List.of(
                new String[] {"1", education, "Kiều Thị Ngọc Diễm", "", "072187009911", "CSTĐCS"},
                new String[] {"2", health, "Thạch Văn Sơn", "20/11/1982", "", "Anh hùng"},
                new String[] {"3", "KHONG-CO", "Ai đó", "01/01/1990", "", "LĐTT"}));
        byte[] good = file(List.of(
                new String[] {"1", education, "Kiều Thị Ngọc Diễm", "", "072187009911", "CSTĐCS"},
                new String[] {"2", health, "thach van son", "20/11/1982", "", "Lao động tiên tiến"}));

        // when / then: the bad file names its rows and writes nothing
        assertThatThrownBy(() -> imports.importFile(movement.getId(), new ByteArrayInputStream(bad), "sai.xlsx"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + " " + p.messageKey())
                                .containsExactly("3 import.records.content", "4 import.unit.outOfScope"));
        assertThat(registrations.findByMovementId(movement.getId())).isEmpty();

        int registered = imports.importFile(movement.getId(), new ByteArrayInputStream(good), "dung.xlsx");

        assertThat(registered).isEqualTo(2);
        assertThat(registrations.findByMovementId(movement.getId()))
                .flatExtracting(Registration::people)
                .extracting(RegisteredPerson::target)
                .containsExactlyInAnyOrder(Award.GRASSROOTS_EMULATION_FIGHTER, Award.ADVANCED_WORKER);
        byte[] export = imports.export(movement.getId(), Award::name);
        assertThat(export.length).isGreaterThan(1000);
    }

    @Test
    void aSubmittedRegistrationIsNotChangedByAnImport() {
        Movement movement = movementsFor.openForDepartments(
                "Phong trào năm 2026 (kiểm thử khóa đăng ký)", TestClock.today().plusDays(20));
        long health = tayNinh.currentUnit("Sở Y tế");
        Registration r = registering.open(movement.getId(), health);
        Registration described = registering.describe(r.getId(), r.getVersion(), Award.ADVANCED_COLLECTIVE, null);
        tayNinh.as("admin", () -> registering.submit(described.getId(), described.getVersion()));
        people.create(
                new PersonDetails("Lò Văn Tâm", Gender.MALE, LocalDate.of(1980, 1, 9), null, "Bác sĩ", false),
                health,
                LocalDate.of(2009, 3, 1));
        byte[] file =
                file(List.<String[]>of(new String[] {"1", code("Sở Y tế"), "Lò Văn Tâm", "09/01/1980", "", "LĐTT"}));

        assertThatThrownBy(() -> imports.importFile(movement.getId(), new ByteArrayInputStream(file), "sau.xlsx"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("import.registration.locked"));
        assertThat(registrations.findById(r.getId()).orElseThrow().people()).isEmpty();
    }
}
