package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;

/** Issue 17: what the rule book does not encode is answered "not encoded", never a statement about the law. */
@IntegrationTest
class CatalogueIntegrityIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static final String REQUEST = """
      { "award": "%s", "year": %d, "basis": "REGULAR",
        "candidate": { "kind": "%s", "directWorker": false,
          "ratings": [ { "year": %d, "rating": "EXCELLENT" } ],
          "titles": [], "awards": [], "initiatives": [], "discipline": [] } }""";

    @Autowired
    MockMvc mvc;

    private ResultActions evaluate(String award, int year, String kind) throws Exception {
        return mvc.perform(post("/api/v1/eligibility/evaluate")
                .with(httpBasic("bantdkt", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(REQUEST.formatted(award, year, kind, year)));
    }

    @Test
    void aCollectivePrimeMinisterCertificateBefore2024IsJudgedRatherThanRefusedToCollectives() throws Exception {
        // encoded since issue 17's second pass (NĐ 91/2017 Điều 38 khoản 2, [I]): judged, never "not given"
        evaluate("PRIME_MINISTER_CERTIFICATE_OF_MERIT", 2023, "COLLECTIVE")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reasons[0].code").value("PREREQUISITE_MISSING"))
                .andExpect(jsonPath("$.reasons[0].legalReference").value(Matchers.containsString("91/2017")));
    }

    @Test
    void honoursProposedUpwardAreAnsweredNotEncodedNeverAStatementAboutTheLaw() throws Exception {
        for (String award : List.of(
                "LABOR_ORDER_SECOND_CLASS",
                "MERITORIOUS_TEACHER",
                "HERO_OF_LABOUR",
                "INDEPENDENCE_ORDER_THIRD_CLASS")) {
            for (int year : List.of(2023, 2024, 2025)) {
                evaluate(award, year, "INDIVIDUAL")
                        .andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.field").value("award"))
                        .andExpect(jsonPath("$.error").value(Matchers.containsString("chưa được mã hóa")));
            }
        }
    }

    @Test
    @WithUserDetails("bantdkt")
    void theCatalogueNamesEveryHonourProposedUpwardWithItsArticleAndStatus() throws Exception {
        Map<Award, String> articles = Map.of(
                Award.LABOR_ORDER_FIRST_CLASS, "Điều 44 Luật TĐKT 2022",
                Award.LABOR_ORDER_SECOND_CLASS, "Điều 44 Luật TĐKT 2022",
                Award.INDEPENDENCE_ORDER_FIRST_CLASS, "Điều 42 Luật TĐKT 2022",
                Award.FATHERLAND_DEFENCE_ORDER_THIRD_CLASS, "Điều 45 Luật TĐKT 2022",
                Award.FEAT_OF_ARMS_ORDER_SECOND_CLASS, "Điều 46 Luật TĐKT 2022",
                Award.HERO_OF_LABOUR, "Điều 62 Luật TĐKT 2022",
                Award.HERO_OF_THE_PEOPLES_ARMED_FORCES, "Điều 61 Luật TĐKT 2022",
                Award.MERITORIOUS_TEACHER, "Điều 63 Luật TĐKT 2022",
                Award.HEROIC_VIETNAMESE_MOTHER, "Điều 60 Luật TĐKT 2022",
                Award.FRIENDSHIP_MEDAL, "Điều 54 Luật TĐKT 2022");
        articles.forEach((award, article) -> {
            Catalogue.Entry entry = Catalogue.of(award);
            assertThat(entry.basis()).as(award.name()).isEqualTo(article);
            assertThat(entry.proposedUpward()).as(award.name()).isTrue();
            assertThat(entry.criteriaEncoded()).as(award.name()).isFalse();
        });
        assertThat(Catalogue.all()).hasSize(Award.values().length);
        assertThat(Catalogue.of(Award.LABOR_ORDER_THIRD_CLASS).criteriaEncoded())
                .isTrue();
        assertThat(Catalogue.of(Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT).criteriaEncoded())
                .isTrue();

        String page = mvc.perform(get("/catalogue"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains(
                        "Huân chương Lao động hạng Nhì",
                        "Nhà giáo Ưu tú",
                        "Anh hùng Lao động",
                        "Điều 63 Luật TĐKT 2022")
                .contains("tiêu chuẩn chưa mã hóa");
    }

    @Test
    void anAwardAKindDoesNotAdmitIsStillRefusedForThatKind() throws Exception {
        evaluate("GOVERNMENT_EMULATION_FLAG", 2024, "INDIVIDUAL")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value(Matchers.containsString("tập thể")))
                .andExpect(jsonPath("$.error").value(Matchers.not(Matchers.containsString("chưa được mã hóa"))));
    }

    @Test
    void theOpenApiDocumentIsReachableWithTheApisBasicCredentials() throws Exception {
        mvc.perform(get("/api-docs").with(httpBasic("bantdkt", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/eligibility/evaluate'].post").exists());
    }

    @Test
    void theOpenApiDocumentWithoutCredentialsIsUnauthorized() throws Exception {
        mvc.perform(get("/api-docs")).andExpect(status().isUnauthorized());
    }
}
