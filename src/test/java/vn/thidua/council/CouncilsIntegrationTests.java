package vn.thidua.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.Disclosure;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierStatus;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.Outcome;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.InvalidInput;

/** A council session from agenda to minutes: quorum, recusal, the public comment window, the secret ballot. */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
@WithUserDetails("bantdkt")
class CouncilsIntegrationTests {

    @Autowired
    Councils councils;

    @Autowired
    CouncilMinutes minutes;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Disclosure disclosure;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    CouncilFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private long unit(String name) {
        return tayNinh.currentUnit(name);
    }

    /** A dossier of Sở Giáo dục và Đào tạo taken through appraisal with its nominees accepted. */
    private Dossier appraised(String title, Award award, int... people) {
        return fixtures.appraised("Sở Giáo dục và Đào tạo", title, award, people);
    }

    /** The provincial council with the three demo members; the third comes from Sở Giáo dục và Đào tạo. */
    private Councils.Council council(String name) {
        Councils.Council c =
                councils.create(name, unit("Tỉnh Tây Ninh"), LocalDate.of(2025, 7, 1), null, "QĐ 1/QĐ-UBND");
        councils.addMember(
                c.id(),
                "hoidong1",
                "Trương Văn Lực",
                "Giám đốc Sở Nội vụ",
                Councils.MemberRole.STANDING_VICE_CHAIR,
                unit("Sở Nội vụ"));
        councils.addMember(
                c.id(),
                "hoidong2",
                "Đặng Thị Kim Oanh",
                "Giám đốc Sở Tài chính",
                Councils.MemberRole.MEMBER,
                unit("Sở Tài chính"));
        councils.addMember(
                c.id(),
                "hoidong3",
                "Huỳnh Quốc Bảo",
                "Giám đốc Sở Giáo dục và Đào tạo",
                Councils.MemberRole.MEMBER,
                unit("Sở Giáo dục và Đào tạo"));
        return c;
    }

    private Set<Long> everyone(Councils.Council c) {
        return Set.copyOf(Councils.ids(councils.members(c.id())));
    }

    @Test
    void aSecretBallotStoresWhoVotedApartFromTheCountsAndRefusesASecondVote() {
        Councils.Council c = council("Hội đồng TĐKT tỉnh (kiểm thử bỏ phiếu kín)");
        Dossier d = appraised(
                "Đề nghị tặng Bằng khen năm 2025 (kiểm thử bỏ phiếu)", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 0);
        Councils.Session s =
                councils.schedule(c.id(), TestClock.today(), "Hội trường UBND tỉnh", "Xét khen thưởng năm 2025");
        councils.addToAgenda(s.id(), d.id());
        councils.recordAttendance(s.id(), everyone(c));
        Councils.Session open = councils.open(s.id(), s.version());
        long nominee = dossiers.nominees(d.id()).get(0).id();

        tayNinh.as("hoidong1", () -> {
            councils.vote(s.id(), nominee, Councils.Choice.FOR);
            return null;
        });
        tayNinh.as("hoidong2", () -> {
            councils.vote(s.id(), nominee, Councils.Choice.AGAINST);
            return null;
        });

        // then: a second vote is refused; hoidong3 (Sở Giáo dục) is recused from his own unit's nominee
        assertThatThrownBy(() -> tayNinh.as("hoidong1", () -> {
                    councils.vote(s.id(), nominee, Councils.Choice.AGAINST);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.council.alreadyVoted"));
        assertThatThrownBy(() -> tayNinh.as("hoidong3", () -> {
                    councils.vote(s.id(), nominee, Councils.Choice.FOR);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.council.recused"));
        assertThat(councils.recusals(s.id()))
                .singleElement()
                .satisfies(r -> assertThat(r.automatic()).isTrue());
        // what is stored: who voted, without a choice; the counts, without a name
        List<Map<String, Object>> cast = jdbc.sql("select * from council_ballot_cast where session_id = :s")
                .param("s", s.id())
                .query()
                .listOfRows();
        assertThat(cast)
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.keySet())
                        .extracting(k -> k.toLowerCase())
                        .containsExactlyInAnyOrder("session_id", "nominee_id", "member_id"));
        Map<String, Object> tally = jdbc.sql("select * from council_tally where session_id = :s")
                .param("s", s.id())
                .query()
                .singleRow();
        assertThat(tally.keySet()).extracting(k -> k.toLowerCase()).doesNotContain("member_id", "username");

        councils.close(s.id(), open.version());

        Councils.Tally result = councils.tallies(s.id()).get(0);
        assertThat(result.counted()).isEqualTo(result.ballotsCast()).isEqualTo(2);
        assertThat(result.votesFor()).isEqualTo(1);
        assertThat(result.outcome()).isEqualTo(Outcome.NOT_APPROVED); // 1 of 3 members is not a majority
        assertThat(dossiers.find(d.id()).status()).isEqualTo(DossierStatus.CONCLUDED);
        byte[] pdf = minutes.write(s.id(), DocumentFormat.PDF, k -> k);
        assertThat(pdf).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Autowired
    vn.thidua.commendation.OutgoingPackage outgoing;

    @Test
    void theUpwardPackageHoldsTheLetterTheListAndEveryPaper() throws Exception {
        Dossier d =
                appraised("Đề nghị Thủ tướng tặng Bằng khen (gói hồ sơ)", Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 3);

        byte[] zip = outgoing.zip(d.id());

        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries.keySet())
                .contains("to-trinh-du-thao.docx", "danh-sach.xlsx", "danh-sach.json", "manifest.txt")
                .filteredOn(n -> n.startsWith("van-ban/"))
                .hasSize(3);
        String json = new String(entries.get("danh-sach.json"), StandardCharsets.UTF_8);
        Nominee n = dossiers.nominees(d.id()).get(0);
        assertThat(json)
                .contains("\"award\": \"PRIME_MINISTER_CERTIFICATE_OF_MERIT\"")
                .contains("\"fullName\": \"" + n.fullName() + "\"");
        assertThat(new String(entries.get("manifest.txt"), StandardCharsets.UTF_8))
                .contains("danh-sach.json");
        assertThatThrownBy(() -> tayNinh.as("donvi", () -> outgoing.zip(d.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void withoutAQuorumTheBallotDoesNotOpen() {
        Councils.Council c = council("Hội đồng TĐKT tỉnh (kiểm thử số lượng)");
        Councils.Session s = councils.schedule(c.id(), TestClock.today(), null, "Phiên thiếu thành viên");
        councils.recordAttendance(
                s.id(), Set.of(Councils.ids(councils.members(c.id())).get(0)));

        assertThatThrownBy(() -> councils.open(s.id(), s.version()))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.council.quorum"));
    }

    @Test
    void theCouncilCannotVoteOnANomineeWhosePublicCommentWindowIsOpen() {
        Councils.Council c = council("Hội đồng TĐKT tỉnh (kiểm thử công khai)");
        Dossier d =
                appraised("Đề nghị Thủ tướng tặng Bằng khen năm 2025", Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 1, 2);
        disclosure.publish(d.id(), TestClock.today());
        LocalDate meeting = TestClock.today().plusWeeks(4);
        Councils.Session s = councils.schedule(c.id(), meeting, "Hội trường UBND tỉnh", "Xét đề nghị cấp trên");
        councils.addToAgenda(s.id(), d.id());
        councils.recordAttendance(s.id(), everyone(c));
        councils.open(s.id(), s.version());
        long nominee = dossiers.nominees(d.id()).get(0).id();

        assertThatThrownBy(() -> tayNinh.as("hoidong1", () -> {
                    councils.vote(s.id(), nominee, Councils.Choice.FOR);
                    return null;
                }))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("validation.council.disclosureOpen"));

        // given: the window ran its 10 working days three weeks ago, with one comment handled
        jdbc.sql("update commendation_notice set starts_on = :s, ends_on = :e where dossier_id = :d")
                .param("s", TestClock.today().minusWeeks(5))
                .param("e", TestClock.today().minusWeeks(3))
                .param("d", d.id())
                .update();
        tayNinh.as("hoidong1", () -> {
            councils.vote(s.id(), nominee, Councils.Choice.FOR);
            return null;
        });
        assertThat(councils.tallies(s.id()).get(0).ballotsCast()).isEqualTo(1);
    }
}
