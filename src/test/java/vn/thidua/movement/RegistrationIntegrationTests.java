package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/** Sở Giáo dục và Đào tạo registers for the province's movement; the Ban TĐKT returns, then accepts. */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class})
class RegistrationIntegrationTests {

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    EditingPeople people;

    @Autowired
    TayNinhFixtures tayNinh;

    @Test
    @WithUserDetails("donvi")
    void theUnitRegistersItsCollectiveAndATeacher() {
        // given
        Movement movement = movementsFor.openForDepartments(
                "Phong trào đăng ký (kiểm thử đăng ký)", TestClock.today().plusDays(30));
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long teacher = people.create(
                        new PersonDetails(
                                "Mai Thị Thu Thảo", Gender.FEMALE, LocalDate.of(1990, 6, 1), null, "Giáo viên", false),
                        education,
                        LocalDate.of(2014, 9, 1))
                .getId();

        // when
        Registration r = registering.open(movement.getId(), education);
        r = registering.describe(
                r.getId(), r.getVersion(), Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% kế hoạch năm học");
        r = registering.register(r.getId(), r.getVersion(), teacher, Award.GRASSROOTS_EMULATION_FIGHTER);
        r = registering.sendToLeader(r.getId(), r.getVersion());
        Registration handed = r;
        r = tayNinh.as("lanhdao", () -> registering.submit(handed.getId(), handed.getVersion()));

        // then
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(r.getSubmittedBy()).isEqualTo("lanhdao");
        assertThat(r.people()).extracting(RegisteredPerson::target).containsExactly(Award.GRASSROOTS_EMULATION_FIGHTER);
        assertThat(registering.open(movement.getId(), education).getId()).isEqualTo(r.getId());
    }

    @Test
    @WithUserDetails("bantdkt")
    void theBanTdktSeesWhoHasNotRegisteredReturnsWithAReasonThenAccepts() {
        // given
        Movement movement = movementsFor.openForDepartments(
                "Phong trào đăng ký (kiểm thử duyệt)", TestClock.today().plusDays(30));
        long health = tayNinh.currentUnit("Sở Y tế");
        Registration r = registering.open(movement.getId(), health);
        Registration described = registering.describe(r.getId(), r.getVersion(), Award.ADVANCED_COLLECTIVE, null);
        r = tayNinh.as("admin", () -> registering.submit(described.getId(), described.getVersion()));

        // when
        var overview = registering.overview(movement.getId());
        Registration returned =
                registering.returnWithReason(r.getId(), r.getVersion(), "Bổ sung danh sách cá nhân đăng ký");
        Registration resubmitted =
                tayNinh.as("admin", () -> registering.submit(returned.getId(), returned.getVersion()));
        Registration accepted = registering.accept(resubmitted.getId(), resubmitted.getVersion());

        // then
        assertThat(overview).extracting(l -> l.unit().getName()).contains("Sở Giáo dục và Đào tạo", "Sở Y tế");
        assertThat(overview.get(0).registered()).isFalse(); // the ones who have not registered come first
        assertThat(overview).filteredOn(l -> l.unit().getId() == health).allMatch(Registering.UnitLine::registered);
        assertThat(returned.getReturnReason()).isEqualTo("Bổ sung danh sách cá nhân đăng ký");
        assertThat(accepted.getStatus()).isEqualTo(RegistrationStatus.ACCEPTED);
        assertThat(accepted.getDecidedBy()).isEqualTo("bantdkt");
    }

    @Test
    @WithUserDetails("bantdkt")
    void aUnitNotTakingPartOrAfterTheDeadlineCannotRegister() {
        Movement open = movementsFor.openForDepartments(
                "Phong trào chỉ cho các sở (kiểm thử)", TestClock.today().plusDays(30));
        Movement late = movementsFor.openForDepartments(
                "Phong trào đã quá hạn đăng ký (kiểm thử)", TestClock.today().minusDays(1));

        assertThatThrownBy(() -> registering.open(open.getId(), tayNinh.currentUnit("Phường Gò Dầu")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.registration.notParticipant"));
        assertThatThrownBy(() -> registering.open(late.getId(), tayNinh.currentUnit("Sở Y tế")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.registration.late"));
    }

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerCannotAcceptItsOwnRegistration() {
        Movement movement = movementsFor.openForDepartments(
                "Phong trào (kiểm thử quyền duyệt)", TestClock.today().plusDays(30));
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        Registration r = registering.open(movement.getId(), education);
        Registration described = registering.describe(r.getId(), r.getVersion(), Award.ADVANCED_COLLECTIVE, null);
        Registration submitted =
                tayNinh.as("lanhdao", () -> registering.submit(described.getId(), described.getVersion()));

        assertThatThrownBy(() -> registering.accept(submitted.getId(), submitted.getVersion()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
