package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.IntegrationTest;

/** POST /api/v1/eligibility/evaluate with HTTP Basic, as the Ban TĐKT would call it. */
@IntegrationTest
class EligibilityApiIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static final String EXAMPLE = """
      { "award": "GRASSROOTS_EMULATION_FIGHTER", "year": 2024, "basis": "REGULAR",
        "candidate": { "kind": "INDIVIDUAL", "directWorker": false,
          "ratings":     [ { "year": 2024, "rating": "%s" } ],
          "titles":      [ { "year": 2023, "title": "ADVANCED_WORKER" } ],
          "awards":      [ { "date": "2021-05-01", "form": "PROVINCIAL_CERTIFICATE_OF_MERIT" } ],
          "initiatives": [ { "year": 2024, "scope": "GRASSROOTS" } ],
          "discipline":  [ { "from": "2022-01-01", "to": "2022-12-31" } ] } }""";

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/eligibility/evaluate")
                .with(httpBasic(user, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theIssuesExampleIsEligibleWithItsAssumptionsListed() throws Exception {
        evaluate("bantdkt", EXAMPLE.formatted("EXCELLENT"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.rulesInForce").value("Luật TĐKT 2022, Nghị định 98/2023/NĐ-CP"))
                .andExpect(jsonPath("$.reasons").isEmpty())
                .andExpect(jsonPath("$.assumed[?(@ == 'được công nhận Lao động tiên tiến trong cùng đợt xét')]")
                        .exists());
    }

    @Test
    void aRejectionCitesTheArticleInVietnamese() throws Exception {
        evaluate("bantdkt", EXAMPLE.formatted("COMPLETED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("NO_ADVANCED_WORKER"))
                .andExpect(jsonPath("$.reasons[0].legalReference").value("Điều 23 Luật Thi đua, khen thưởng 2022"))
                .andExpect(
                        jsonPath("$.reasons[0].message")
                                .value(
                                        "Chưa đủ điều kiện: chưa đạt danh hiệu Lao động tiên tiến năm 2024 (Điều 23 Luật Thi đua, khen thưởng 2022)"));
    }

    @Test
    void anUnknownValueGetsA400NamingTheField() throws Exception {
        evaluate("bantdkt", EXAMPLE.formatted("PERFECT"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("candidate.ratings[0].rating"));
    }

    @Test
    void aMissingFieldGetsA400NamingIt() throws Exception {
        evaluate("bantdkt", EXAMPLE.formatted("GOOD").replace("\"year\": 2024, \"basis\"", "\"basis\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
        evaluate("bantdkt", "{ \"award\": ").andExpect(status().isBadRequest());
    }

    @Test
    void anAwardNotYetEncodedForThePeriodIsRefusedNotGuessed() throws Exception {
        evaluate(
                        "bantdkt",
                        EXAMPLE.formatted("EXCELLENT")
                                .replace("2024, \"basis\": \"REGULAR\"", "2023, \"basis\": \"THEMATIC\""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("award"));
    }

    @Test
    void aCollectiveIsJudgedOnItsMembersAndBlockStanding() throws Exception {
        String excellent = """
          { "award": "EXCELLENT_COLLECTIVE", "year": 2025,
            "candidate": { "kind": "COLLECTIVE",
              "ratings": [ { "year": 2025, "rating": "EXCELLENT" } ],
              "members": [ { "year": 2025, "members": 20, "completedDuties": 20, "advancedWorkers": %d,
                             "grassrootsFighters": 2, "disciplinedAtWarningOrAbove": 0 } ] } }""";
        evaluate("bantdkt", excellent.formatted(14))
                .andExpect(jsonPath("$.eligible").value(true));
        evaluate("bantdkt", excellent.formatted(13))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[0].code").value("TOO_FEW_ADVANCED_WORKERS"))
                .andExpect(jsonPath("$.reasons[0].message")
                        .value("Chưa đủ điều kiện: năm 2025 có 13/20 thành viên đạt Lao động tiên tiến, cần từ 70%"
                                + " trở lên (Điều 27 Luật Thi đua, khen thưởng 2022)"));
        evaluate("bantdkt", """
              { "award": "PROVINCIAL_EMULATION_FLAG", "year": 2025,
                "candidate": { "kind": "COLLECTIVE", "ratings": [ { "year": 2025, "rating": "EXCELLENT" } ],
                  "blockStandings": [ { "year": 2025, "rank": 2 } ] } }""")
                .andExpect(jsonPath("$.reasons[0].code").value("NOT_BLOCK_LEADER"))
                .andExpect(jsonPath("$.reasons[0].legalReference")
                        .value("khoản 1 Điều 26 Luật Thi đua, khen thưởng 2022 (căn cứ chưa được xác nhận)"));
    }

    @Test
    void aSuddenAchievementIsJudgedWithoutTheChainAndLongServiceIsRefused() throws Exception {
        String sudden = """
          { "award": "%s", "year": 2025, "basis": "%s",
            "candidate": { "kind": "INDIVIDUAL", "ratings": [ { "year": 2025, "rating": "GOOD" } ] } }""";

        evaluate("bantdkt", sudden.formatted("PROVINCIAL_CERTIFICATE_OF_MERIT", "EXTRAORDINARY"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.assumed[0]").exists());
        evaluate("bantdkt", sudden.formatted("GRASSROOTS_EMULATION_FIGHTER", "THEMATIC"))
                .andExpect(jsonPath("$.reasons[0].code").value("TITLE_ON_REGULAR_BASIS_ONLY"));
        evaluate("bantdkt", sudden.formatted("LABOR_ORDER_THIRD_CLASS", "LONG_SERVICE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("basis"));
    }

    @Test
    void onlyTheBanTdktMayCallIt() throws Exception {
        evaluate("donvi", EXAMPLE.formatted("EXCELLENT")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/eligibility/evaluate")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EXAMPLE.formatted("EXCELLENT")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoint() throws Exception {
        mvc.perform(
                        get("/api-docs")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("bantdkt")
                                        .roles("SPECIALIST")))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/eligibility/evaluate'].post").exists());
    }

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStoredPersonIsJudgedByTheSameCode() throws Exception {
        long person = jdbc.sql("select min(person_id) from achievement_rating")
                .query(Long.class)
                .single();

        String body = mvc.perform(get("/api/v1/eligibility/people/{id}", person)
                        .param("year", "2025")
                        .with(httpBasic("bantdkt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.award == 'ADVANCED_WORKER')].year").value(2025))
                .andExpect(
                        jsonPath("$[?(@.award == 'LABOR_ORDER_THIRD_CLASS')]").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("\"rulesInForce\":\"Luật TĐKT 2022, Nghị định 152/2025/NĐ-CP\"");
        mvc.perform(get("/api/v1/eligibility/people/{id}", 999_999_999L).with(httpBasic("bantdkt", PASSWORD)))
                .andExpect(status().isNotFound());
    }
}
