package vn.thidua.eligibility;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.IntegrationTest;

/**
 * Issue 17, the old-law routes through the eligibility API on both databases: a worker's or farmer's
 * Bằng khen của Thủ tướng and Huân chương Lao động hạng Ba before 2024 on both sides of each threshold,
 * the sudden order and the thematic government flag, and the 422 left where no text was found.
 */
@IntegrationTest
class OldLawRoutesIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String body) throws Exception {
        return mvc.perform(post("/api/v1/eligibility/evaluate")
                .with(httpBasic("bantdkt", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private static String person(String award, int year, String basis, String candidate) {
        return """
          { "award": "%s", "year": %d, "basis": "%s",
            "candidate": { "kind": "INDIVIDUAL", %s } }""".formatted(award, year, basis, candidate);
    }

    @Test
    void aWorkersSecondInitiativeOpensThePrimeMinistersCertificateFor2023() throws Exception {
        String two = """
            "directWorker": true, "initiatives": [ { "year": 2022, "scope": "GRASSROOTS" },
                                                   { "year": 2023, "scope": "GRASSROOTS" } ]""";
        String one = """
            "directWorker": true, "initiatives": [ { "year": 2023, "scope": "GRASSROOTS" } ]""";
        evaluate(person("PRIME_MINISTER_CERTIFICATE_OF_MERIT", 2023, "REGULAR", two))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true))
                .andExpect(jsonPath("$.confirmed").value(false));
        evaluate(person("PRIME_MINISTER_CERTIFICATE_OF_MERIT", 2023, "REGULAR", one))
                .andExpect(jsonPath("$.eligible").value(false))
                .andExpect(jsonPath("$.reasons[?(@.code == 'NO_WORKER_OR_FARMER_ROUTE')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(
                                "đến năm 2023: chưa có từ 02 sáng kiến trở lên (công nhân, hiện có 1)"))));
    }

    @Test
    void aFarmersModelNeedsTwoYearsForTheCertificateAndThreeForTheOrder() throws Exception {
        String since2021 = "\"productionModels\": [ { \"since\": 2021 } ]";
        String since2022 = "\"productionModels\": [ { \"since\": 2022 } ]";
        evaluate(person("PRIME_MINISTER_CERTIFICATE_OF_MERIT", 2023, "REGULAR", since2022))
                .andExpect(jsonPath("$.eligible").value(true));
        evaluate(person("LABOR_ORDER_THIRD_CLASS", 2023, "REGULAR", since2022))
                .andExpect(jsonPath("$.eligible").value(false));
        evaluate(person("LABOR_ORDER_THIRD_CLASS", 2023, "REGULAR", since2021))
                .andExpect(jsonPath("$.eligible").value(true));
    }

    @Test
    void theSuddenOrderAndTheThematicGovernmentFlagBefore2024AreJudgedTheProvincialThematicFlagIsNot()
            throws Exception {
        evaluate(person("LABOR_ORDER_THIRD_CLASS", 2021, "EXTRAORDINARY", "\"directWorker\": false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
        evaluate("""
              { "award": "GOVERNMENT_EMULATION_FLAG", "year": 2021, "basis": "THEMATIC",
                "candidate": { "kind": "COLLECTIVE" } }""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eligible").value(true));
        evaluate("""
              { "award": "PROVINCIAL_EMULATION_FLAG", "year": 2021, "basis": "THEMATIC",
                "candidate": { "kind": "COLLECTIVE" } }""")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("award"));
    }
}
