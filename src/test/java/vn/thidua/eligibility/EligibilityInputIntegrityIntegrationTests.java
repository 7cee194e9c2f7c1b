package vn.thidua.eligibility;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.IntegrationTest;

/**
 * Input the law cannot have gets a 400 naming the field, anywhere in the history (issue 17): years
 * before 1945 or after next year, discipline ending before it starts, tallies above the membership,
 * two ratings for one year, overlong lists. An award without a basis counts as regular.
 */
@IntegrationTest
class EligibilityInputIntegrityIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";

    /** A Tây Ninh clerk, CSTĐCS 2024: LĐTT 2023, an initiative, an old BK tỉnh. */
    private static final String PERSON = """
      { "award": "GRASSROOTS_EMULATION_FIGHTER", "year": 2024,
        "candidate": { "kind": "INDIVIDUAL",
          "ratings":     [ %s ],
          "titles":      [ { "year": %s, "title": "ADVANCED_WORKER" } ],
          "awards":      [ { "date": "%s", "form": "PROVINCIAL_CERTIFICATE_OF_MERIT" } ],
          "initiatives": [ { "year": %s, "scope": "GRASSROOTS" } ],
          "discipline":  [ { "from": "%s", "to": "%s" } ] } }""";

    private static final String RATING_2024 = "{ \"year\": 2024, \"rating\": \"EXCELLENT\" }";

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/eligibility/evaluate")
                .with(httpBasic("bantdkt", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String person(
            String ratings, int titleYear, String awardDate, int initiativeYear, String from, String to) {
        return PERSON.formatted(ratings, titleYear, awardDate, initiativeYear, from, to);
    }

    @Test
    void aPlausibleHistoryIsJudged() throws Exception {
        evaluate(person(RATING_2024, 2023, "2021-05-01", 2024, "2019-01-01", "2019-12-31"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void aYearBefore1945OrAfterNextYearAnywhereInTheHistoryIsRefusedNamingItsPath() throws Exception {
        evaluate(person(
                        "{ \"year\": 1900, \"rating\": \"EXCELLENT\" }",
                        2023,
                        "2021-05-01",
                        2024,
                        "2019-01-01",
                        "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.ratings[0].year"));
        evaluate(person(
                        RATING_2024 + ", { \"year\": 9999, \"rating\": \"GOOD\" }",
                        2023,
                        "2021-05-01",
                        2024,
                        "2019-01-01",
                        "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.ratings[1].year"));
        evaluate(person(RATING_2024, 1944, "2021-05-01", 2024, "2019-01-01", "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.titles[0].year"));
        evaluate(person(RATING_2024, 2023, "3021-05-01", 2024, "2019-01-01", "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.awards[0].date"));
        evaluate(person(RATING_2024, 2023, "2021-05-01", 20240, "2019-01-01", "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.initiatives[0].year"));
        evaluate(person(RATING_2024, 2023, "2021-05-01", 2024, "1019-01-01", "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.discipline[0].from"));
        evaluate(person(RATING_2024, 2023, "2021-05-01", 2024, "2019-01-01", "9999-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.discipline[0].to"));
    }

    @Test
    void disciplineEndingBeforeItStartsIsRefused() throws Exception {
        evaluate(person(RATING_2024, 2023, "2021-05-01", 2024, "2024-06-01", "2024-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.discipline[0].to"));
    }

    @Test
    void twoRatingsForOneYearAreRefusedRatherThanResolvedByListOrder() throws Exception {
        evaluate(person(
                        RATING_2024 + ", { \"year\": 2024, \"rating\": \"NOT_COMPLETED\" }",
                        2023,
                        "2021-05-01",
                        2024,
                        "2019-01-01",
                        "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.ratings[1].year"));
    }

    @Test
    void aHistoryLongerThanACareerIsRefused() throws Exception {
        String many = IntStream.range(0, 201).mapToObj(i -> RATING_2024).collect(Collectors.joining(","));
        evaluate(person(many, 2023, "2021-05-01", 2024, "2019-01-01", "2019-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.ratings"));
    }

    private static final String COLLECTIVE = """
      { "award": "EXCELLENT_COLLECTIVE", "year": 2024,
        "candidate": { "kind": "COLLECTIVE",
          "ratings": [ { "year": 2024, "rating": "EXCELLENT" } ],
          "members": [ %s ],
          "blockStandings": [ %s ] } }""";

    @Test
    void memberTalliesAboveTheMembershipAreRefusedNamingTheTally() throws Exception {
        String ok = "{ \"year\": 2024, \"members\": 20, \"completedDuties\": 20, \"advancedWorkers\": 15,"
                + " \"grassrootsFighters\": 2, \"disciplinedAtWarningOrAbove\": 0 }";
        evaluate(COLLECTIVE.formatted(ok, "{ \"year\": 2024, \"rank\": 1 }")).andExpect(status().isOk());
        evaluate(COLLECTIVE.formatted(ok.replace("\"advancedWorkers\": 15", "\"advancedWorkers\": 21"), ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.members[0].advancedWorkers"));
        evaluate(COLLECTIVE.formatted(ok.replace("\"completedDuties\": 20", "\"completedDuties\": -1"), ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.members[0].completedDuties"));
        evaluate(COLLECTIVE.formatted(ok + "," + ok, ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.members[1].year"));
        evaluate(COLLECTIVE.formatted(ok, "{ \"year\": 2024, \"rank\": 1 }, { \"year\": 2024, \"rank\": 3 }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.blockStandings[1].year"));
        evaluate(COLLECTIVE.formatted(ok, "{ \"year\": 1800, \"rank\": 1 }"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.blockStandings[0].year"));
    }

    @Test
    void anAwardWithoutABasisCountsAsRegular() throws Exception {
        // The BK TTg chain counts a regular BK tỉnh; one given for a movement (thematic) does not.
        String body = """
          { "award": "PRIME_MINISTER_CERTIFICATE_OF_MERIT", "year": 2024,
            "candidate": { "kind": "INDIVIDUAL",
              "ratings": [ { "year": 2020, "rating": "GOOD" }, { "year": 2021, "rating": "GOOD" },
                           { "year": 2022, "rating": "GOOD" }, { "year": 2023, "rating": "GOOD" },
                           { "year": 2024, "rating": "GOOD" } ],
              "titles": [ { "year": 2020, "title": "ADVANCED_WORKER" }, { "year": 2021, "title": "ADVANCED_WORKER" },
                          { "year": 2022, "title": "ADVANCED_WORKER" }, { "year": 2023, "title": "ADVANCED_WORKER" },
                          { "year": 2024, "title": "ADVANCED_WORKER" } ],
              "awards": [ { "date": "2022-05-01", "form": "PROVINCIAL_CERTIFICATE_OF_MERIT"%s } ],
              "initiatives": [ { "year": 2023, "scope": "GRASSROOTS" }, { "year": 2024, "scope": "GRASSROOTS" } ] } }""";
        String withBasis = evaluate(body.formatted(", \"basis\": \"REGULAR\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        evaluate(body.formatted(""))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .json(withBasis));
        String thematic = evaluate(body.formatted(", \"basis\": \"THEMATIC\""))
                .andReturn()
                .getResponse()
                .getContentAsString();
        org.assertj.core.api.Assertions.assertThat(thematic).isNotEqualTo(withBasis);
    }

    private static final String ADVANCED_WORKER = """
      { "award": "ADVANCED_WORKER", "year": %d%s,
        "candidate": { "kind": "INDIVIDUAL",
          "ratings":    [ { "year": %d, "rating": "GOOD" } ],
          "discipline": [ { "from": "2025-03-01", "to": "2025-08-31" } ] } }""";

    @Test
    void disciplineInForceOnTheReviewDateRefusesEvenWhenItBeganAfterTheYear() throws Exception {
        evaluate(ADVANCED_WORKER.formatted(2024, ", \"reviewDate\": \"2025-04-15\"", 2024))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("DISCIPLINE_ON_REVIEW"));
        evaluate(ADVANCED_WORKER.formatted(2024, ", \"reviewDate\": \"2025-02-15\"", 2024))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void aReviewDateBeforeTheAchievementYearIsRefused() throws Exception {
        evaluate(ADVANCED_WORKER.formatted(2024, ", \"reviewDate\": \"2023-04-15\"", 2024))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reviewDate"));
        evaluate(ADVANCED_WORKER.formatted(2024, ", \"reviewDate\": \"not-a-date\"", 2024))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("reviewDate"));
    }

    @Test
    void anEligibleAnswerOnAnUnconfirmedBasisSaysSo() throws Exception {
        evaluate(ADVANCED_WORKER.formatted(2024, ", \"reviewDate\": \"2025-01-15\"", 2024))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.confirmed").value(true))
                .andExpect(jsonPath("$.unconfirmed").isEmpty());
        evaluate(ADVANCED_WORKER.formatted(2022, ", \"reviewDate\": \"2023-01-15\"", 2022))
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.confirmed").value(false))
                .andExpect(jsonPath("$.unconfirmed[0]")
                        .value(org.hamcrest.Matchers.containsString("căn cứ chưa được xác nhận")));
    }
}
