package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Disclosure;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementFixtures;
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.movement.RegistrationStatus;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/**
 * Days end at midnight in Tây Ninh, whatever the server's zone (the suite runs with the JVM in
 * Pacific/Pago_Pago, UTC−11, and Pacific/Kiritimati, UTC+14): 23:30 on a deadline is still the
 * deadline day, 00:10 the next morning is not — though in UTC both are the same afternoon.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class, CouncilFixtures.class})
// what these tests write at the year's edges carries those times: no other test class shares it
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProvinceCalendarIntegrationTests {

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    Registering registering;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Disclosure disclosure;

    @Autowired
    CouncilFixtures councilFixtures;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void backToTheSuitesDay() {
        TestClock.reset();
    }

    @Test
    @WithUserDetails("donvi")
    @DisplayName("registration stays open until midnight in Tây Ninh on the deadline, and not a minute after")
    void registrationClosesAtMidnightInTayNinhOnTheDeadline() {
        // given: registration until 30 April 2026
        LocalDate deadline = LocalDate.of(2026, 4, 30);
        Movement movement = movementsFor.openForDepartments("Phong trào (kiểm thử hạn đăng ký 30/4)", deadline);
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        // when: 23:30 on the deadline day in Tây Ninh (16:30 UTC)
        TestClock.set(deadline.atTime(23, 30));
        Registration r = registering.open(movement.getId(), education);
        Registration described =
                registering.describe(r.getId(), r.getVersion(), Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% kế hoạch");
        r = tayNinh.as("lanhdao", () -> registering.submit(described.getId(), described.getVersion()));

        // then
        assertThat(r.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);

        // and: 00:10 the next morning in Tây Ninh (still 30 April, 17:10 UTC) another unit is late
        TestClock.set(deadline.plusDays(1).atTime(0, 10));
        long health = tayNinh.currentUnit("Sở Y tế");
        assertThatThrownBy(() -> tayNinh.as("admin", () -> registering.open(movement.getId(), health)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.registration.late"));
    }

    @Test
    @WithUserDetails("bantdkt")
    @DisplayName("the public comments on a nominee until midnight in Tây Ninh on the window's last day")
    void aPublicCommentIsTakenUntilMidnightOnTheLastDayOfTheWindow() {
        // given: a proposal to the Prime Minister under public comment from today, 17 March 2026
        Dossier d = councilFixtures.appraised(
                "Sở Giáo dục và Đào tạo",
                "Đề nghị Thủ tướng tặng Bằng khen năm 2025 (kiểm thử hạn góp ý)",
                Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                1);
        Disclosure.Notice notice = disclosure.publish(d.id(), TestClock.today());
        long nominee = dossiers.nominees(d.id()).get(0).id();

        // when: 23:30 on the last day of the window
        TestClock.set(notice.endsOn().atTime(23, 30));
        disclosure.comment(
                notice.id(),
                nominee,
                "Nguyễn Văn Bình",
                "0903 123 456",
                "Tôi xác nhận cô giáo có nhiều đóng góp cho nhà trường.",
                "203.0.113.7",
                null);

        // then: counted; and ten minutes after midnight the window is closed
        assertThat(disclosure.comments(d.id())).hasSize(1);
        TestClock.set(notice.endsOn().plusDays(1).atTime(0, 10));
        assertThatThrownBy(() -> disclosure.comment(
                        notice.id(), nominee, "Trần Thị Hoa", null, "Góp ý gửi muộn.", "203.0.113.8", null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.disclosure.closed"));
    }

    @Test
    @WithUserDetails("donvi")
    @DisplayName(
            "the new year begins at midnight in Tây Ninh: a 2027 proposal is refused at 23:30 on 31/12, taken at 00:10")
    void theYearTurnsAtMidnightInTayNinh() {
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        TestClock.set(LocalDateTime.of(2026, 12, 31, 23, 30));
        assertThatThrownBy(() -> dossiers.create(
                        education, DossierKind.REGULAR, null, 2027, "Đề nghị khen thưởng năm 2027 (sớm)"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.dossier.year"));

        TestClock.set(LocalDateTime.of(2027, 1, 1, 0, 10));
        Dossier d = dossiers.create(education, DossierKind.REGULAR, null, 2027, "Đề nghị khen thưởng năm 2027");
        assertThat(d.year()).isEqualTo(2027);
    }

    @Test
    @WithUserDetails("admin")
    @DisplayName("a time shown on a page is Tây Ninh time, whatever the database returns and the server's zone")
    void timesShownAreTayNinhTime() throws Exception {
        // given: a proposal drafted at 23:30 on New Year's Eve in Tây Ninh (16:30 UTC)
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        TestClock.set(LocalDateTime.of(2026, 12, 31, 23, 30));
        dossiers.create(education, DossierKind.REGULAR, null, 2026, "Đề nghị khen thưởng cuối năm 2026");

        // when / then: the audit trail shows it at 23:30 on 31/12/2026
        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/audit"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("31/12/2026 23:30:").doesNotContain("31/12/2026 16:30:");
    }
}
