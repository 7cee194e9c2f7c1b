package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.DossierStatus;
import vn.thidua.commendation.Dossiers;
import vn.thidua.council.Councils;
import vn.thidua.decision.Certificates;
import vn.thidua.decision.Decision;
import vn.thidua.decision.Decisions;
import vn.thidua.decision.Recipient;
import vn.thidua.movement.LaunchingMovements;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.Registering;
import vn.thidua.movement.RegistrationStatus;
import vn.thidua.organization.EmulationBlock;
import vn.thidua.organization.EmulationBlocks;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.portal.Articles;
import vn.thidua.scoring.ScoringBlocks;

/**
 * The demo started with the living year (the runnable demo's default): 2025 done through the
 * services, 2026 under way, the demo unit in a block that can score.
 */
@IntegrationTest
@TestPropertySource(properties = "thidua.demo.living-year=true")
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class LivingProvinceDemoIntegrationTests {

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Registering registering;

    @Autowired
    EmulationBlocks blocks;

    @Autowired
    ScoringBlocks scoring;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Councils councils;

    @Autowired
    Decisions decisions;

    @Autowired
    Certificates certificates;

    @Autowired
    AchievementRecords records;

    @Autowired
    Articles articles;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    LivingProvince living;

    @Autowired
    MockMvc mvc;

    private Movement movement(int year) {
        return launching.visible().stream()
                .filter(m -> m.getPeriodFrom().getYear() == year
                        && m.getLaunchingUnitId().equals(province()))
                .findFirst()
                .orElseThrow();
    }

    private long province() {
        return tayNinh.currentUnit("Tỉnh Tây Ninh");
    }

    @Test
    void the2025MovementRanToItsCloseWithTheUnitsRegistrationsAccepted() {
        Movement m = movement(2025);

        assertThat(m.getStatus()).isEqualTo(MovementStatus.CLOSED);
        assertThat(m.transitions()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(registering.overview(m.getId()))
                .filteredOn(l -> l.registration() != null)
                .hasSize(DemoMovementYears.REGISTERED_2025.size())
                .allSatisfy(l -> assertThat(l.registration().getStatus()).isEqualTo(RegistrationStatus.ACCEPTED));
    }

    @Test
    void the2026MovementIsOpenForRegistrationAndTheDemoUnitHasYetToRegister() {
        Movement m = movement(2026);

        assertThat(m.getStatus()).isEqualTo(MovementStatus.REGISTRATION_OPEN);
        assertThat(m.getName()).as("a launched movement is no draft").doesNotContain("dự thảo");
        assertThat(m.getRegistrationDeadline()).isAfter(tayNinh.as("bantdkt", dossiers::today));
        var lines = registering.overview(m.getId());
        assertThat(lines).filteredOn(l -> l.registered()).hasSize(DemoMovementYears.REGISTERED_2026.size());
        assertThat(lines)
                .filteredOn(l -> l.unit().getName().equals(DemoData.DEMO_UNIT))
                .singleElement()
                .satisfies(l -> assertThat(l.registered()).isFalse());
        assertThat(registering.progress(m).registered()).isEqualTo(DemoMovementYears.REGISTERED_2026.size());
    }

    @Test
    void theDemoUnitsBlockVoted2025AndIts2026YearHasAScorecardTheOfficerCanScore() {
        long education = tayNinh.currentUnit(DemoData.DEMO_UNIT);
        EmulationBlock y2025 = block(2025);
        EmulationBlock y2026 = block(2026);

        assertThat(scoring.setupOf(y2025.getId()).orElseThrow().voted()).isTrue();
        assertThat(scoring.proposals(y2025.getId())).isNotEmpty();
        assertThat(scoring.scoring(y2025.getId()).ranking()).hasSize(DemoBlockYear.MEMBERS.size());
        assertThat(y2026.members()).anyMatch(m -> m.unitId().equals(education));
        assertThat(scoring.setupOf(y2026.getId()).orElseThrow().voted()).isFalse();

        // the officer scores without any setup
        long health = tayNinh.currentUnit("Sở Y tế");
        tayNinh.as("donvi", () -> {
            scoring.score(y2026.getId(), education, health, "1", new java.math.BigDecimal("10"), null);
            return null;
        });
        assertThat(scoring.scoring(y2026.getId()).resultOf(health).total()).isPositive();
    }

    private EmulationBlock block(int year) {
        return blocks.findByEmulationYearOrderByName(year).stream()
                .filter(b -> b.getName().equals(DemoBlockYear.BLOCK))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the2025DossiersWentThroughTheCouncilsSecretBallotToSignedDecisionsWithCertificates() throws Exception {
        var dossiers2025 =
                dossiers.visible().stream().filter(d -> d.year() == 2025).toList();
        var concluded = dossiers2025.stream()
                .filter(d -> d.status() == DossierStatus.CONCLUDED)
                .toList();
        assertThat(concluded).hasSizeGreaterThanOrEqualTo(2);
        // the one left waiting for the Ban TĐKT exists when someone else is eligible (the 400-person test set may have
        // none)
        assertThat(dossiers2025)
                .filteredOn(d -> d.status() == DossierStatus.SUBMITTED)
                .hasSizeLessThanOrEqualTo(1);

        Councils.Council council = councils.councils().get(0);
        List<Councils.Session> sessions = councils.sessions(council.id());
        assertThat(sessions).singleElement().satisfies(s -> {
            assertThat(s.status()).isEqualTo(Councils.SessionStatus.CLOSED);
            assertThat(councils.tallies(s.id())).isNotEmpty().allSatisfy(t -> {
                assertThat(t.sealed()).isFalse();
                assertThat(t.votesFor()).isEqualTo(3);
            });
        });

        List<Decision> signed = decisions.register().stream()
                .filter(d -> d.status() == Decision.Status.SIGNED)
                .toList();
        assertThat(signed).extracting(Decision::award).contains(Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
        List<Recipient> recipients = signed.stream()
                .flatMap(d -> decisions.recipients(d.id()).stream())
                .toList();
        assertThat(recipients)
                .hasSize(concluded.stream()
                        .mapToInt(d -> dossiers.nominees(d.id()).size())
                        .sum());
        // a person's line reads "Giáo viên, Sở Giáo dục và Đào tạo": the job first, not the unit alone
        assertThat(recipients)
                .filteredOn(r -> !r.collective())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.position())
                        .as(r.fullName())
                        .contains(", ")
                        .doesNotStartWith("Sở ")
                        .doesNotStartWith("Tỉnh "));
        Recipient first = recipients.get(0);
        assertThat(certificates.verify(first.code())).hasValueSatisfying(v -> {
            assertThat(v.fullName()).isEqualTo(first.fullName());
            assertThat(v.revoked()).isFalse();
        });
        var history = records.historyOf(first.personId());
        assertThat(history.awards().stream().anyMatch(a -> a.form() == first.award())
                        || history.titles().stream().anyMatch(t -> t.title() == first.award()))
                .as("the signed award is in the recipient's record")
                .isTrue();
        mvc.perform(get("/xac-minh/" + first.code()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(first.fullName())));
    }

    @Test
    void thePortalShowsTheHonourRollAndExemplaryPeoplesStoriesMarkedIllustrative() throws Exception {
        List<Certificates.Honoured> roll = certificates.honourRoll(50);
        int recipients = decisions.register().stream()
                .filter(d -> d.status() == Decision.Status.SIGNED)
                .mapToInt(d -> decisions.recipients(d.id()).size())
                .sum();
        assertThat(roll).hasSizeGreaterThanOrEqualTo(2).hasSize(recipients);
        mvc.perform(get("/portal/vinh-danh"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString(roll.get(0).fullName())));

        List<Articles.Article> stories = articles.published("guong-dien-hinh", 10);
        assertThat(stories).hasSize(Math.min(3, recipients));
        assertThat(stories).allSatisfy(a -> assertThat(a.body()).contains(DemoStories.ILLUSTRATIVE));
        assertThat(roll)
                .extracting(Certificates.Honoured::fullName)
                .anyMatch(n -> stories.stream().anyMatch(s -> s.title().contains(n)));
        mvc.perform(get("/portal/thong-ke")).andExpect(status().isOk());
    }

    @Test
    void aSecondStartLoadsNothingAgain() {
        int before = dossiers.visible().size();

        living.load();

        assertThat(living.lived()).isTrue();
        assertThat(dossiers.visible()).hasSize(before);
    }
}
