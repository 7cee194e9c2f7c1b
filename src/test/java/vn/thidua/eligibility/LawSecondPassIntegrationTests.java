package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.IntegrationTest;
import vn.thidua.TestClock;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.DisciplineForm;
import vn.thidua.achievement.Rating;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;

/**
 * Issue 17, second pass, through the API and the stored records on both databases: direct workers
 * (Đ73 k2), flags reading the rating, periods before 2024, input the law cannot have, uncertainty
 * in English, stored records judged on today's review date.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class LawSecondPassIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";

    @Autowired
    MockMvc mvc;

    @Autowired
    AchievementRecords records;

    @Autowired
    EditingPeople people;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    Eligibility eligibility;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private ResultActions evaluate(String body, String language) throws Exception {
        return mvc.perform(post("/api/v1/eligibility/evaluate")
                .with(httpBasic("bantdkt", PASSWORD))
                .param("lang", language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    /** A rubber-tapper at a Tây Ninh plantation: no BK tỉnh, an initiative recognised by the district. */
    private static final String WORKER = """
      { "award": "PRIME_MINISTER_CERTIFICATE_OF_MERIT", "year": %d,
        "candidate": { "kind": "INDIVIDUAL", "directWorker": %s,
          "ratings": [ { "year": 2024, "rating": "GOOD" } ],
          "initiatives": [ { "year": %d, "scope": "%s" } ] } }""";

    @Test
    void aDirectWorkerWithADistrictInitiativeMayBeProposedForThePrimeMinistersCertificate() throws Exception {
        evaluate(WORKER.formatted(2024, "true", 2024, "DISTRICT"), "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.confirmed").value(true));
        evaluate(WORKER.formatted(2024, "false", 2024, "DISTRICT"), "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("PREREQUISITE_MISSING"));
    }

    @Test
    void aDistrictInitiativeAfterTheDistrictsEndedIsRefusedNamingTheField() throws Exception {
        evaluate(WORKER.formatted(2026, "true", 2026, "DISTRICT"), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.initiatives[0].scope"));
    }

    /** A Châu Thành farmer whose clean-rice model has been effective since {@code since}. */
    private static final String FARMER = """
      { "award": "PRIME_MINISTER_CERTIFICATE_OF_MERIT", "year": 2025,
        "candidate": { "kind": "INDIVIDUAL", "directWorker": true,
          "productionModels": [ { "since": %d, "until": %s } ] } }""";

    @Test
    void aFarmersModelEffectiveForTwoYearsIsAchievementEvidence() throws Exception {
        evaluate(FARMER.formatted(2024, "null"), "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
        evaluate(FARMER.formatted(2025, "null"), "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[1].code").value("NO_WORKER_OR_FARMER_ROUTE"));
        evaluate(FARMER.formatted(2025, "2023"), "vi")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.productionModels[0].until"));
    }

    private static final String FLAG = """
      { "award": "PROVINCIAL_EMULATION_FLAG", "year": 2025,
        "candidate": { "kind": "COLLECTIVE",
          "ratings": [ { "year": 2025, "rating": "%s" } ],
          "blockStandings": [ { "year": 2025, "rank": 1 } ] } }""";

    @Test
    void theFlagReadsTheCollectivesRatingAndSaysInEnglishWhatIsUnconfirmed() throws Exception {
        evaluate(FLAG.formatted("GOOD"), "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("FLAG_RATING_TOO_LOW"));
        evaluate(FLAG.formatted("EXCELLENT"), "en")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.confirmed").value(false))
                .andExpect(jsonPath("$.unconfirmed[0]").value(org.hamcrest.Matchers.endsWith("(basis not confirmed)")))
                .andExpect(jsonPath("$.unconfirmed[1]")
                        .value(org.hamcrest.Matchers.startsWith("The provincial flag quota")));
    }

    @Test
    void aCollectiveCertificateOfThePrimeMinisterFor2023IsJudgedNotRefusedAsNotEncoded() throws Exception {
        evaluate("""
                { "award": "PRIME_MINISTER_CERTIFICATE_OF_MERIT", "year": 2023,
                  "candidate": { "kind": "COLLECTIVE",
                    "ratings": [ { "year": 2018, "rating": "EXCELLENT" }, { "year": 2019, "rating": "EXCELLENT" },
                                 { "year": 2020, "rating": "EXCELLENT" }, { "year": 2021, "rating": "EXCELLENT" },
                                 { "year": 2022, "rating": "EXCELLENT" }, { "year": 2023, "rating": "EXCELLENT" } ],
                    "titles": [ { "year": 2021, "title": "PROVINCIAL_EMULATION_FLAG" } ],
                    "awards": [ { "date": "2017-12-20", "form": "PROVINCIAL_CERTIFICATE_OF_MERIT" } ] } }""", "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.rulesInForce").value(org.hamcrest.Matchers.startsWith("Luật TĐKT 2003")));
    }

    @Test
    void aNotEncodedHonourIsAnswered422InTheReadersLanguage() throws Exception {
        String hero = """
          { "award": "HERO_OF_LABOUR", "year": 2025, "candidate": { "kind": "INDIVIDUAL" } }""";
        evaluate(hero, "en")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error")
                        .value(org.hamcrest.Matchers.startsWith("this title or form is not encoded")));
        evaluate(hero, "vi")
                .andExpect(status().isUnprocessableContent())
                .andExpect(
                        jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("danh hiệu, hình thức này chưa")));
    }

    @Test
    void aThematicFlagAndASuddenLabourOrderAreJudgedOnTheirBasis() throws Exception {
        String flag = """
          { "award": "GOVERNMENT_EMULATION_FLAG", "year": 2025, "basis": "THEMATIC",
            "candidate": { "kind": "COLLECTIVE" } }""";
        evaluate(flag, "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
        String order = """
          { "award": "LABOR_ORDER_THIRD_CLASS", "year": 2025, "basis": "EXTRAORDINARY",
            "candidate": { "kind": "INDIVIDUAL" } }""";
        evaluate(order, "vi")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void aStoredRecordIsJudgedOnTodaysReviewDateSoDisciplineAfterTheYearRefuses() {
        // given: a Tây Ninh hospital nurse, good in 2025; it is now 15 March 2026
        TestClock.set(LocalDateTime.of(2026, 3, 15, 9, 0));
        long nurse = people.create(
                        new PersonDetails(
                                "Lê Thị Thanh Thảo",
                                Gender.FEMALE,
                                LocalDate.of(1990, 4, 2),
                                null,
                                "Điều dưỡng",
                                false),
                        tayNinh.currentUnit("Sở Y tế"),
                        LocalDate.of(2015, 1, 1))
                .getId();
        records.rate(nurse, 2025, Rating.GOOD);
        assertThat(eligibility
                        .judgePerson(nurse, 2025, Award.ADVANCED_WORKER, Basis.REGULAR)
                        .orElseThrow()
                        .eligible())
                .isTrue();

        // when: a warning from 1 February 2026, after the achievement year, still in force today
        records.recordDiscipline(nurse, LocalDate.of(2026, 2, 1), null, DisciplineForm.WARNING, "Vi phạm quy chế");

        // then
        var verdict = eligibility
                .judgePerson(nurse, 2025, Award.ADVANCED_WORKER, Basis.REGULAR)
                .orElseThrow();
        assertThat(verdict.eligible()).isFalse();
        assertThat(verdict.reasons()).extracting(Rejection::code).contains("DISCIPLINE_ON_REVIEW");
    }
}
