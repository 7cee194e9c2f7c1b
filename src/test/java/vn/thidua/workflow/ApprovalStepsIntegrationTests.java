package vn.thidua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.DocumentType;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierAction;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.DossierStatus;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.NomineeInput;
import vn.thidua.commendation.NomineeSubject;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementFixtures;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.movement.RegistrationStatus;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;

/**
 * The approval steps of the scenario: the Chairman approves the launch the Ban TĐKT prepared (a unit's
 * leader its unit's own), the unit's leader submits the registration and the dossier, and what the
 * Ban TĐKT returns goes back to the officer, who corrects and sends it again. Pages show each role
 * only the steps it may take.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class})
class ApprovalStepsIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\nTờ trình".getBytes(StandardCharsets.UTF_8);

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private Movement proposedByTheProvince(String name) {
        return tayNinh.as("bantdkt", () -> {
            Movement draft = launching.draft(details(name), tayNinh.currentUnit("Tỉnh Tây Ninh"), null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
                m.addCriterion("Hoàn thành kế hoạch năm", "100%", "Báo cáo tổng kết năm", null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });
    }

    private static MovementDetails details(String name) {
        return new MovementDetails(
                name,
                MovementKind.YEARLY,
                null,
                null,
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2026, 12, 31),
                TestClock.today().plusDays(20),
                null);
    }

    private Document page(String username, String path) throws Exception {
        String html = mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void onlyTheChairmanApprovesTheLaunchTheBanTdktProposed() throws Exception {
        // given
        Movement proposed = proposedByTheProvince("Phong trào năm 2026 (kiểm thử phê duyệt phát động)");
        assertThat(proposed.getStatus()).isEqualTo(MovementStatus.AWAITING_APPROVAL);

        // then: the specialist who proposed it cannot launch it; the page says it waits, without the button
        assertThatThrownBy(() -> tayNinh.as("bantdkt", () -> launching.launch(proposed.getId(), proposed.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        Document specialist = page("bantdkt", "/movements/" + proposed.getId());
        assertThat(specialist.select("#awaiting-approval")).hasSize(1);
        assertThat(specialist.select("#launch, #propose")).isEmpty();
        // and: it is not public yet, nor seen by the departments
        assertThat(launching.running()).extracting(Movement::getId).doesNotContain(proposed.getId());

        // when: the Chairman's page offers the approval, and the Chairman approves
        Document chairman = page("chutich", "/movements/" + proposed.getId());
        assertThat(chairman.select("form[action$=/launch] #launch")).hasSize(1);
        assertThat(chairman.select("form[action$=/criteria], form[action$=/documents]"))
                .isEmpty();
        Movement launched = tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));

        // then
        assertThat(launched.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
        assertThat(launched.transitions()).extracting(t -> t.byUser()).containsExactly("bantdkt", "chutich");
    }

    @Test
    void aUnitsOwnMovementIsApprovedByItsLeaderNotByTheChairman() {
        // given: the education department's officer proposes its own movement
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        Movement proposed = tayNinh.as("donvi", () -> {
            Movement draft =
                    launching.draft(details("Phong trào của Sở Giáo dục (kiểm thử phê duyệt)"), education, null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(Set.of(), Set.of(), education);
                m.addCriterion("Đổi mới phương pháp dạy học", "100% trường", "Báo cáo năm học", null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });

        // then
        assertThatThrownBy(() -> tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        Movement launched = tayNinh.as("lanhdao", () -> launching.launch(proposed.getId(), proposed.getVersion()));
        assertThat(launched.getStatus()).isEqualTo(MovementStatus.LAUNCHED);
    }

    @Test
    void theLeaderSubmitsTheRegistrationAndTheOfficerResubmitsOnlyAReturnedOne() throws Exception {
        // given
        Movement movement = movementsFor.openForDepartments(
                "Phong trào năm 2026 (kiểm thử lãnh đạo gửi đăng ký)",
                TestClock.today().plusDays(20));
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        Registration draft = tayNinh.as("donvi", () -> {
            Registration r = registering.open(movement.getId(), education);
            return registering.describe(
                    r.getId(), r.getVersion(), Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% kế hoạch");
        });

        // then: the officer may not submit a draft, only hand it to the leader
        assertThatThrownBy(() -> tayNinh.as("donvi", () -> registering.submit(draft.getId(), draft.getVersion())))
                .isInstanceOf(AccessDeniedException.class);
        Document officerPage = page("donvi", "/registrations/" + draft.getId());
        assertThat(officerPage.select("#submit-registration")).isEmpty();
        assertThat(officerPage.select("#send-registration-to-leader")).hasSize(1);
        Registration handed = tayNinh.as("donvi", () -> registering.sendToLeader(draft.getId(), draft.getVersion()));
        assertThat(handed.getStatus()).isEqualTo(RegistrationStatus.AWAITING_APPROVAL);

        // when: the leader finds it from the movement's page and submits
        Document leaderMovement = page("lanhdao", "/movements/" + movement.getId());
        assertThat(leaderMovement.select("#my-registration").attr("href")).isEqualTo("/registrations/" + draft.getId());
        assertThat(page("lanhdao", "/registrations/" + draft.getId()).select("#submit-registration"))
                .hasSize(1);
        Registration submitted = tayNinh.as("lanhdao", () -> registering.submit(handed.getId(), handed.getVersion()));
        assertThat(submitted.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);

        // when: the Ban TĐKT returns it; the officer corrects and sends it again
        Registration returned = tayNinh.as(
                "bantdkt",
                () -> registering.returnWithReason(submitted.getId(), submitted.getVersion(), "Bổ sung cam kết"));
        Registration corrected = tayNinh.as(
                "donvi",
                () -> registering.describe(
                        returned.getId(), returned.getVersion(), Award.EXCELLENT_COLLECTIVE, "Cam kết 100% chỉ tiêu"));
        assertThat(page("donvi", "/registrations/" + draft.getId())
                        .select("#submit-registration")
                        .text())
                .isEqualTo("Gửi lại đăng ký");
        Registration again = tayNinh.as("donvi", () -> registering.submit(corrected.getId(), corrected.getVersion()));

        // then
        assertThat(again.getStatus()).isEqualTo(RegistrationStatus.SUBMITTED);
        assertThat(again.getSubmittedBy()).isEqualTo("donvi");
    }

    @Test
    void theOfficerResubmitsAReturnedDossierAndEachRoleSeesOnlyItsSteps() throws Exception {
        // given: the officer's dossier, submitted by the leader, received and returned by the Ban TĐKT
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long id = tayNinh.as("donvi", () -> {
            Dossier d = dossiers.create(
                    education, DossierKind.REGULAR, null, 2025, "Đề nghị khen năm 2025 (kiểm thử trình lại)");
            long person = jdbc.sql("select organization_person from organization_assignment where unit_id = :u"
                            + " and to_date is null order by organization_person")
                    .param("u", education)
                    .query(Long.class)
                    .list()
                    .get(9);
            dossiers.addNominee(
                    d.id(),
                    d.version(),
                    new NomineeInput(
                            NomineeSubject.INDIVIDUAL,
                            person,
                            null,
                            null,
                            null,
                            null,
                            null,
                            Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                            "Hoàn thành xuất sắc nhiệm vụ năm 2024 và 2025",
                            false,
                            "Thành tích đã được Hội đồng TĐKT đơn vị xét, có biên bản kèm theo"));
            for (DocumentType t : DocumentType.required(DossierKind.REGULAR)) {
                dossiers.filePaper(d.id(), t, t.name() + ".pdf", PDF);
            }
            return d.id();
        });
        assertThat(tayNinh.as("donvi", () -> dossiers.allowedActions(dossiers.find(id))))
                .containsExactly(DossierAction.SEND_TO_LEADER);
        assertThat(tayNinh.as("lanhdao", () -> dossiers.allowedActions(dossiers.find(id))))
                .containsExactlyInAnyOrder(DossierAction.SEND_TO_LEADER, DossierAction.WITHDRAW);
        tayNinh.as("donvi", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SEND_TO_LEADER, null));
        assertThat(page("donvi", "/dossiers/" + id).select("#act-SUBMIT")).isEmpty();
        assertThat(page("lanhdao", "/dossiers/" + id).select("#act-SUBMIT")).hasSize(1);
        tayNinh.as("lanhdao", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SUBMIT, "Trình"));
        assertThat(page("donvi", "/dossiers/" + id).select("#dossier-actions")).isEmpty();
        assertThat(page("bantdkt", "/dossiers/" + id).select("#act-RECEIVE")).hasSize(1);
        tayNinh.as("bantdkt", () -> {
            Dossier received = dossiers.act(id, dossiers.find(id).version(), DossierAction.RECEIVE, null);
            return dossiers.act(id, received.version(), DossierAction.RETURN, "Bổ sung báo cáo thành tích");
        });

        // when: the officer sees the resubmit step and takes it
        assertThat(page("donvi", "/dossiers/" + id).select("#act-RESUBMIT")).hasSize(1);
        assertThat(page("bantdkt", "/dossiers/" + id).select("#dossier-actions button"))
                .isEmpty();
        Dossier back =
                tayNinh.as("donvi", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.RESUBMIT, null));

        // then
        assertThat(back.status()).isEqualTo(DossierStatus.UNDER_APPRAISAL);
    }

    @Test
    void aUnitOfficerSeesNoEditControlsOnTheProvincesMovement() throws Exception {
        Movement provincial = movementsFor.openForDepartments(
                "Phong trào của tỉnh (kiểm thử quyền sửa)", TestClock.today().plusDays(20));

        Document officer = page("donvi", "/movements/" + provincial.getId());
        Document specialist = page("bantdkt", "/movements/" + provincial.getId());

        String controls = "form[action$=/criteria], form[action$=/documents], form[action$=/awards],"
                + " form[action$=/advance], form[action$=/propose], form[action$=/launch]";
        assertThat(officer.select(controls)).isEmpty();
        assertThat(officer.select("#open-registration")).hasSize(1); // it takes part: it registers
        assertThat(specialist.select(controls)).isNotEmpty();
    }
}
