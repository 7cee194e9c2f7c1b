package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.IntegrationTest;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.decision.Decision;
import vn.thidua.decision.DecisionSigning;
import vn.thidua.decision.Decisions;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.AwardsDecided;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/**
 * Issue 14, case 4 replayed: what a signed decision put in a record is read-only there — through the
 * record page, the services, for a person and for a collective — while the unit keeps correcting
 * what it decides itself.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
class RecordIntegrityIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EditingPeople people;

    @Autowired
    AchievementRecords records;

    @Autowired
    CollectiveRecords collectives;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    CouncilFixtures council;

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionSigning signing;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerCannotDeleteTheProvincialBangKhenASignedChairmansDecisionPutInTheRecord() throws Exception {
        // given a teacher of the officer's Sở Giáo dục và Đào tạo given the provincial Bằng khen by a signed decision
        long teacher = aTeacher("Lâm Thị Ngọc Hân");
        council.approved(
                "Sở Giáo dục và Đào tạo",
                "Đề nghị tặng Bằng khen năm 2025 (hồ sơ chỉ đọc)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                0);
        Decision signed = tayNinh.as("bantdkt", () -> {
            Decision draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
            Decision issued = decisions.issue(draft.id(), draft.version());
            return tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));
        });
        Timeline.Entry decided = decidedEntry(teacher, Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
        assertThat(decided.detail()).startsWith(signed.numberText());

        // when the unit officer deletes it through the record page
        String html = mvc.perform(post("/people/{id}/record/AWARD/{entry}/remove", teacher, decided.id())
                        .header("HX-Request", "true")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/people/{id}/record/AWARD/{entry}/remove", teacher, decided.id())
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        stillSignedIn();

        // then it is refused in Vietnamese naming the decision, and the record still agrees with it
        assertThat(html)
                .contains("Mục hồ sơ")
                .contains("không được sửa hoặc xóa")
                .contains(signed.numberText());
        assertThat(decidedEntry(teacher, Award.PROVINCIAL_CERTIFICATE_OF_MERIT).id())
                .isEqualTo(decided.id());
        // and the services refuse it to everyone, the administrator included
        for (String who : List.of("donvi", "bantdkt", "admin")) {
            assertThatThrownBy(() -> tayNinh.as(who, () -> {
                        records.remove(teacher, Timeline.Kind.AWARD, decided.id());
                        return null;
                    }))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            e -> assertThat(e.problems().get(0).messageKey())
                                    .isEqualTo("validation.achievement.decided"));
        }
        // and the record page offers no removal for it
        String page = mvc.perform(get("/people/{id}/record", teacher))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        stillSignedIn();
        assertThat(page).contains("Theo quyết định đã ký").doesNotContain("/record/AWARD/" + decided.id() + "/remove");
    }

    @Test
    @WithUserDetails("donvi")
    void theUnitOfficerStillCorrectsTheUnitsOwnGiayKhenAndRatings() throws Exception {
        // given a teacher with the Sở's own Giấy khen and a rating, entered by the unit officer
        long teacher = aTeacher("Đặng Văn Phúc");
        records.recordAward(teacher, LocalDate.of(2025, 5, 19), Award.CERTIFICATE_OF_COMMENDATION, "88/QĐ-SGDĐT");
        records.rate(teacher, 2024, Rating.EXCELLENT);
        Timeline.Entry giayKhen = entry(teacher, Timeline.Kind.AWARD);
        Timeline.Entry rating = entry(teacher, Timeline.Kind.RATING);
        assertThat(giayKhen.decided()).isFalse();

        // when the officer removes them through the record page
        for (Timeline.Entry e : List.of(giayKhen, rating)) {
            mvc.perform(post("/people/{id}/record/{kind}/{entry}/remove", teacher, e.kind(), e.id())
                            .header("HX-Request", "true")
                            .with(csrf()))
                    .andExpect(status().isOk());
        }
        stillSignedIn();

        // then they are gone
        assertThat(records.timelineOf(teacher).isEmpty()).isTrue();
    }

    @Test
    @WithUserDetails("donvi")
    void aCollectivesDecidedFormAndTitleAreReadOnlyAndTheDecisionAdoptsATitleEnteredByHand() {
        // given the Sở's own record: a title entered by hand while the decision was awaited
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        int year = 1999;
        collectives.grantTitle(unit, year, Award.EXCELLENT_COLLECTIVE, "chờ quyết định");
        long title = -9_001L;
        long form = -9_002L;

        // when a signed decision gives the collective that title and a Bằng khen (what signing publishes)
        tx.executeWithoutResult(s -> events.publishEvent(new AwardsDecided(
                "91/QĐ-UBND ngày 02/12/1999",
                LocalDate.of(1999, 12, 2),
                year,
                "REGULAR",
                List.of(
                        new AwardsDecided.Entry(null, unit, Award.EXCELLENT_COLLECTIVE.name(), title),
                        new AwardsDecided.Entry(null, unit, Award.PROVINCIAL_CERTIFICATE_OF_MERIT.name(), form)))));

        // then the hand-entered title became the decided one (no second title), and neither can be removed
        List<Timeline.Entry> decided = collectives.timelineOf(unit).years().stream()
                .filter(y -> y.year() == year)
                .flatMap(y -> y.entries().stream())
                .filter(Timeline.Entry::decided)
                .toList();
        assertThat(decided)
                .extracting(Timeline.Entry::code)
                .containsExactlyInAnyOrder(
                        Award.EXCELLENT_COLLECTIVE.name(), Award.PROVINCIAL_CERTIFICATE_OF_MERIT.name());
        assertThat(collectives.historyOf(unit, year, year).titles())
                .filteredOn(t -> t.year() == year && t.title() == Award.EXCELLENT_COLLECTIVE)
                .singleElement()
                .satisfies(t -> assertThat(t.decision()).isEqualTo("91/QĐ-UBND ngày 02/12/1999"));
        for (Timeline.Entry e : decided) {
            assertThatThrownBy(() -> collectives.remove(unit, e.kind(), e.id()))
                    .isInstanceOfSatisfying(
                            InvalidInput.class,
                            ex -> assertThat(ex.problems().get(0).messageKey())
                                    .isEqualTo("validation.achievement.decided"));
        }
    }

    private long aTeacher(String name) {
        return people.create(
                        new PersonDetails(name, Gender.FEMALE, LocalDate.of(1986, 3, 8), null, "Giáo viên", false),
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        LocalDate.of(2010, 9, 1))
                .getId();
    }

    private Timeline.Entry decidedEntry(long person, Award award) {
        return records.timelineOf(person).years().stream()
                .flatMap(y -> y.entries().stream())
                .filter(e -> e.kind() == Timeline.Kind.AWARD && award.name().equals(e.code()) && e.decided())
                .findFirst()
                .orElseThrow();
    }

    private Timeline.Entry entry(long person, Timeline.Kind kind) {
        return records.timelineOf(person).years().stream()
                .flatMap(y -> y.entries().stream())
                .filter(e -> e.kind() == kind)
                .findFirst()
                .orElseThrow();
    }

    /** MockMvc clears the test thread's security context after a request; services called afterwards need it back. */
    private static void stillSignedIn() {
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
    }
}
