package vn.thidua.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.DocumentType;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierAction;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.NomineeInput;
import vn.thidua.commendation.NomineeSubject;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.council.Councils;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementFixtures;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.Registering;
import vn.thidua.movement.Registration;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitKind;

/** Every step of the year's chain tells the people who act next, and only them. */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class, CouncilFixtures.class, Notices.class})
class StepNoticesIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\nTờ trình".getBytes(StandardCharsets.UTF_8);

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Councils councils;

    @Autowired
    CommentClosingNotices closing;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    CouncilFixtures councilFor;

    @Autowired
    Notices notices;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProposedLaunchReachesTheChairmanAndTheLaunchEveryParticipatingUnit() {
        // given: the Ban TĐKT prepares a movement for the departments
        String name = "Phong trào thi đua năm 2026 (kiểm thử thông báo phát động)";
        Movement proposed = tayNinh.as("bantdkt", () -> {
            Movement draft = launching.draft(
                    new MovementDetails(
                            name,
                            MovementKind.YEARLY,
                            null,
                            null,
                            LocalDate.of(2026, 1, 5),
                            LocalDate.of(2026, 12, 31),
                            TestClock.today().plusDays(20),
                            null),
                    tayNinh.currentUnit("Tỉnh Tây Ninh"),
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), m -> {
                m.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
                m.addCriterion("Hoàn thành kế hoạch năm", "100%", "Báo cáo tổng kết năm", null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });

        // then: the Chairman is asked to approve; the units hear nothing yet
        assertThat(notices.of("chutich", name))
                .singleElement()
                .asString()
                .contains("chờ phê duyệt")
                .endsWith("/movements/" + proposed.getId());
        assertThat(notices.read("donvi", name)).isEmpty();

        // when: the Chairman approves
        tayNinh.as("chutich", () -> launching.launch(proposed.getId(), proposed.getVersion()));

        // then: the officer and the leader of a participating department are told; a commune is not
        assertThat(notices.of("donvi", name)).singleElement().asString().contains("Phát động phong trào");
        assertThat(notices.of("lanhdao", name)).hasSize(1);
        assertThat(notices.read("hoidong1", name)).isEmpty();
    }

    @Test
    void aMovementSentBackReachesWhoPreparedItWithTheReason() {
        Movement m = tayNinh.as("bantdkt", () -> {
            Movement draft = launching.draft(
                    new MovementDetails(
                            "Phong trào trả lại (kiểm thử thông báo)",
                            MovementKind.THEMATIC,
                            null,
                            null,
                            LocalDate.of(2026, 2, 1),
                            LocalDate.of(2026, 12, 31),
                            null,
                            null),
                    tayNinh.currentUnit("Tỉnh Tây Ninh"),
                    null);
            Movement ready = launching.change(draft.getId(), draft.getVersion(), x -> {
                x.participants(EnumSet.of(UnitKind.DEPARTMENT), Set.of(), null);
                x.addCriterion("Số hóa hồ sơ", "100%", "Báo cáo", null);
            });
            return launching.propose(ready.getId(), ready.getVersion());
        });

        tayNinh.as("chutich", () -> launching.sendBack(m.getId(), m.getVersion(), "Bổ sung chỉ tiêu định lượng"));

        assertThat(notices.of("bantdkt", "Phong trào trả lại (kiểm thử thông báo)"))
                .singleElement()
                .asString()
                .contains("Bổ sung chỉ tiêu định lượng");
    }

    @Test
    void registrationStepsReachTheLeaderThenTheBanTdktThenBackTheOfficer() {
        // given: registration open for the departments
        String name = "Phong trào năm 2026 (kiểm thử thông báo đăng ký)";
        Movement movement =
                movementsFor.openForDepartments(name, TestClock.today().plusDays(20));
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        // when: the officer prepares and hands it to the leader
        Registration handed = tayNinh.as("donvi", () -> {
            Registration r = registering.open(movement.getId(), education);
            r = registering.describe(r.getId(), r.getVersion(), Award.EXCELLENT_COLLECTIVE, "Hoàn thành 100% kế hoạch");
            return registering.sendToLeader(r.getId(), r.getVersion());
        });
        // then
        assertThat(notices.of("lanhdao", "Đăng ký thi đua \"" + name))
                .singleElement()
                .asString()
                .contains("chờ lãnh đạo đơn vị xem và gửi");

        // when: the leader submits
        Registration submitted = tayNinh.as("lanhdao", () -> registering.submit(handed.getId(), handed.getVersion()));
        // then
        assertThat(notices.of("bantdkt", name))
                .singleElement()
                .asString()
                .endsWith("/movements/" + movement.getId() + "/registrations");

        // when: the Ban TĐKT returns it with a reason
        tayNinh.as(
                "bantdkt",
                () -> registering.returnWithReason(
                        submitted.getId(), submitted.getVersion(), "Bổ sung danh sách cá nhân đăng ký"));
        // then: the officer (and the leader) read the reason
        assertThat(notices.of("donvi", "Bổ sung danh sách cá nhân đăng ký"))
                .singleElement()
                .asString()
                .contains(name)
                .endsWith("/registrations/" + submitted.getId());
    }

    @Test
    void dossierStepsReachWhoeverActsNext() {
        // given: the officer's dossier, ready to go
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        String title = "Đề nghị tặng Bằng khen năm 2025 (kiểm thử thông báo hồ sơ)";
        long id = tayNinh.as("donvi", () -> {
            Dossier d = dossiers.create(education, DossierKind.REGULAR, null, 2025, title);
            long person = jdbc.sql("select organization_person from organization_assignment where unit_id = :u"
                            + " and to_date is null order by organization_person")
                    .param("u", education)
                    .query(Long.class)
                    .list()
                    .get(11);
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
            return dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null)
                    .id();
        });
        assertThat(notices.of("lanhdao", title)).singleElement().asString().contains("chờ lãnh đạo");

        // when: the leader submits, the Ban TĐKT receives and returns it
        tayNinh.as("lanhdao", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SUBMIT, "Trình"));
        assertThat(notices.of("bantdkt", title)).singleElement().asString().contains("mới gửi đến");
        tayNinh.as("bantdkt", () -> {
            Dossier received = dossiers.act(id, dossiers.find(id).version(), DossierAction.RECEIVE, null);
            return dossiers.act(id, received.version(), DossierAction.RETURN, "Bổ sung báo cáo thành tích có xác nhận");
        });

        // then: the unit hears both, the reason included
        assertThat(notices.of("donvi", title + "\" đã được Ban Thi đua - Khen thưởng tiếp nhận"))
                .hasSize(1);
        assertThat(notices.of("donvi", "Bổ sung báo cáo thành tích có xác nhận"))
                .singleElement()
                .asString()
                .contains(title);

        // when: the officer resubmits; then the specialist who appraises it hears
        tayNinh.as("donvi", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.RESUBMIT, null));
        assertThat(notices.of("bantdkt", title + "\" đã được bổ sung và trình lại"))
                .hasSize(1);
    }

    @Test
    void anOpenBallotReachesTheMembersOnTheRoll() {
        // given: an appraised dossier on a session's agenda
        String title = "Phiên họp xét Bằng khen (kiểm thử thông báo bỏ phiếu)";
        Dossier d = councilFor.appraised(
                "Sở Giáo dục và Đào tạo", "Hồ sơ xét (kiểm thử bỏ phiếu)", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 6);
        Councils.Council council =
                tayNinh.as("bantdkt", () -> councils.councils().get(0));

        // when: the secretariat opens the ballot
        tayNinh.as("bantdkt", () -> {
            Councils.Session s = councils.schedule(council.id(), TestClock.today(), "Hội trường UBND tỉnh", title);
            councils.addToAgenda(s.id(), d.id());
            councils.recordAttendance(
                    s.id(),
                    councils.members(council.id()).stream()
                            .map(Councils.Member::id)
                            .collect(java.util.stream.Collectors.toSet()));
            return councils.open(s.id(), councils.session(s.id()).version());
        });

        // then: every member is asked to vote
        for (Councils.Member m : tayNinh.as("bantdkt", () -> councils.members(council.id()))) {
            assertThat(notices.of(m.username(), title))
                    .as(m.username())
                    .singleElement()
                    .asString()
                    .contains("bỏ phiếu kín");
        }
    }

    @Test
    void aCommentWindowClosingSoonIsAnnouncedToTheBanTdktOnceADay() {
        // given: a dossier under public comment until tomorrow
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        String title = "Hồ sơ lấy ý kiến nhân dân (kiểm thử sắp hết hạn)";
        long id = tayNinh.as(
                "donvi",
                () -> dossiers.create(education, DossierKind.REGULAR, null, 2025, title)
                        .id());
        jdbc.sql("insert into commendation_notice (dossier_id, starts_on, ends_on, working_days, published_by)"
                        + " values (:d, :s, :e, 10, 'bantdkt')")
                .param("d", id)
                .param("s", TestClock.today().minusDays(12))
                .param("e", TestClock.today().plusDays(1))
                .update();

        // when: the morning job runs twice the same day
        closing.announce();
        closing.announce();

        // then: one notice naming the closing day
        assertThat(notices.of("bantdkt", title))
                .singleElement()
                .asString()
                .contains("Sắp hết thời gian lấy ý kiến nhân dân")
                .contains(TestClock.today()
                        .plusDays(1)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
}
