package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.commendation.DocumentType;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierAction;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.NomineeInput;
import vn.thidua.commendation.NomineeSubject;
import vn.thidua.commendation.NomineesImport;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;

/**
 * Issue 14, case 5: "Cờ thi đua của Chính phủ" (collectives only) was accepted for an individual.
 * Every entry point refuses a collective-only award for a person and a person's award for a
 * collective, naming the field (or row), and writes nothing.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class AwardKindIntegrityIntegrationTests {

    private static final String PASSWORD = "Test-Passw0rd!";
    private static final String FLAG_FOR_A_PERSON =
            "“Cờ thi đua của Chính phủ” chỉ dành cho tập thể, không trao cho cá nhân";

    @Autowired
    MockMvc mvc;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordsImport recordsImport;

    @Autowired
    Dossiers dossiers;

    @Autowired
    NomineesImport nomineesImport;

    @Autowired
    AchievementStatistics statistics;

    private long education() {
        return tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
    }

    private long teacher(int n) {
        return jdbc.sql("select a.organization_person from organization_assignment a"
                        + " join organization_person p on p.id = a.organization_person"
                        + " where a.unit_id = :u and a.to_date is null and p.national_id is not null"
                        + " order by a.organization_person desc")
                .param("u", education())
                .query(Long.class)
                .list()
                .get(n);
    }

    private int facts(String table, String column, long id) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    private static void stillSignedIn() {
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
    }

    // ---- the record forms

    @Test
    void theRecordFormRefusesTheGovernmentFlagForAPersonAndWritesNothing() throws Exception {
        long teacher = teacher(0);
        int before = facts("achievement_title", "person_id", teacher);

        String html = mvc.perform(post("/people/{id}/record/titles", teacher)
                        .param("year", "2024")
                        .param("title", "GOVERNMENT_EMULATION_FLAG")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Danh hiệu").contains(FLAG_FOR_A_PERSON);
        assertThat(facts("achievement_title", "person_id", teacher)).isEqualTo(before);
    }

    @Test
    void theRecordFormRefusesAnIndividualTitleForAUnit() throws Exception {
        long unit = education();
        int before = facts("achievement_collective_title", "unit_id", unit);

        String html = mvc.perform(post("/units/{id}/record/titles", unit)
                        .param("year", "2024")
                        .param("title", "PROVINCIAL_EMULATION_FIGHTER")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("“Chiến sĩ thi đua cấp tỉnh” chỉ dành cho cá nhân, không trao cho tập thể");
        assertThat(facts("achievement_collective_title", "unit_id", unit)).isEqualTo(before);
    }

    @Test
    void theFlagEnteredAsAFormReceivedIsRefusedAsWell() throws Exception {
        long teacher = teacher(1);
        int before = facts("achievement_award", "person_id", teacher);

        String html = mvc.perform(post("/people/{id}/record/awards", teacher)
                        .param("date", "2024-05-02")
                        .param("form", "GOVERNMENT_EMULATION_FLAG")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("Hình thức khen thưởng").contains("là danh hiệu thi đua");
        assertThat(facts("achievement_award", "person_id", teacher)).isEqualTo(before);
    }

    @Test
    void theFormOffersAPersonOnlyWhatAPersonMayReceive() throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/people/{id}/record", teacher(2)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("value=\"ADVANCED_WORKER\"").doesNotContain("value=\"GOVERNMENT_EMULATION_FLAG\"");
    }

    // ---- the records import

    @Test
    void aRecordsListGivingAPersonACollectiveTitleIsRefusedNamingTheRow() {
        long teacher = teacher(3);
        String cccd = jdbc.sql("select national_id from organization_person where id = :id")
                .param("id", teacher)
                .query(String.class)
                .single();
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "Hồ sơ",
                RecordsImport.COLUMNS,
                List.<String[]>of(
                        new String[] {"1", "", "", cccd, "", "Danh hiệu", "1999", "Lao động tiên tiến"},
                        new String[] {"2", "", "", cccd, "", "Danh hiệu", "2023", "Cờ Chính phủ"},
                        new String[] {"3", "", "", cccd, "", "Khen thưởng", "2023", "TTLĐXS", "02/02/2024"})));
        assertThat(cccd).isNotNull();

        assertThatThrownBy(() -> recordsImport.read(new ByteArrayInputStream(file), (d, t) -> {}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + " " + p.field() + " " + p.messageKey())
                                .containsExactly(
                                        "3 content validation.award.kind", "4 content validation.award.notAForm"));
    }

    // ---- the API

    private org.springframework.test.web.servlet.ResultActions evaluate(String award, String candidate)
            throws Exception {
        return mvc.perform(post("/api/v1/eligibility/evaluate")
                .with(httpBasic("bantdkt", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{ \"award\": \"" + award + "\", \"year\": 2025, \"candidate\": " + candidate + " }"));
    }

    @Test
    void theApiRefusesTheFlagForAPersonAndAFighterForACollective() throws Exception {
        evaluate("GOVERNMENT_EMULATION_FLAG", "{ \"kind\": \"INDIVIDUAL\" }")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("award"))
                .andExpect(jsonPath("$.error").value(FLAG_FOR_A_PERSON));
        evaluate("GRASSROOTS_EMULATION_FIGHTER", "{ \"kind\": \"COLLECTIVE\" }")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("award"));
        evaluate("PROVINCIAL_CERTIFICATE_OF_MERIT", "{ \"kind\": \"HOUSEHOLD\" }")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("award"));
    }

    @Test
    void theApiCountsNoFlagInAPersonsHistory() throws Exception {
        evaluate(
                        "PROVINCIAL_EMULATION_FIGHTER",
                        "{ \"kind\": \"INDIVIDUAL\", \"titles\": [ { \"year\": 2024, \"title\": \"ADVANCED_WORKER\" },"
                                + " { \"year\": 2024, \"title\": \"GOVERNMENT_EMULATION_FLAG\" } ] }")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("candidate.titles[1].title"));
        mvc.perform(post("/api/v1/eligibility/duplicates")
                        .with(httpBasic("bantdkt", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{ \"proposals\": [ { \"reference\": \"1\", \"kind\": \"COLLECTIVE\", \"unitId\": 1,"
                                + " \"award\": \"NATIONAL_EMULATION_FIGHTER\", \"year\": 2025 } ] }"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("proposals[0].award"));
    }

    // ---- nominees: the form, the list, and one that slipped in before

    private Dossier draft(String title) {
        return dossiers.create(education(), DossierKind.REGULAR, null, 2025, title);
    }

    @Test
    void theNomineeFormRefusesTheFlagForAPersonAndAPersonsTitleForACollective() throws Exception {
        Dossier d = draft("Đề nghị khen năm 2025 (đối tượng)");

        mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .param("version", String.valueOf(d.version()))
                        .param("subject", "INDIVIDUAL")
                        .param("personId", String.valueOf(teacher(4)))
                        .param("award", "GOVERNMENT_EMULATION_FLAG")
                        .param("summary", "Dẫn đầu phong trào thi đua năm 2025")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problems",
                                List.of(new Problem(
                                        0,
                                        "award",
                                        "validation.award.kind",
                                        List.of("Cờ thi đua của Chính phủ", "tập thể", "cá nhân")))));
        mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .param("version", String.valueOf(d.version()))
                        .param("subject", "COLLECTIVE")
                        .param("unitId", String.valueOf(education()))
                        .param("award", "GRASSROOTS_EMULATION_FIGHTER")
                        .param("summary", "Hoàn thành xuất sắc nhiệm vụ năm 2025")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute(
                                "problems",
                                List.of(new Problem(
                                        0,
                                        "award",
                                        "validation.award.kind",
                                        List.of("Chiến sĩ thi đua cơ sở", "cá nhân", "tập thể")))));
        mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .param("version", String.valueOf(d.version()))
                        .param("subject", "HOUSEHOLD")
                        .param("fullName", "Hộ bà Lê Thị Năm")
                        .param("award", "PROVINCIAL_CERTIFICATE_OF_MERIT")
                        .param("summary", "Hiến đất làm đường")
                        .with(csrf()))
                .andExpect(flash().attributeExists("problems"));
        stillSignedIn();

        assertThat(dossiers.nominees(d.id())).isEmpty();
    }

    @Test
    void aNomineeListGivingAPersonTheFlagIsRefusedNamingTheRow() {
        Dossier d = draft("Danh sách đề nghị năm 2025 (đối tượng)");
        long teacher = teacher(5);
        String name = jdbc.sql("select full_name from organization_person where id = :id")
                .param("id", teacher)
                .query(String.class)
                .single();
        byte[] file = Workbooks.bytes(Workbooks.sheet(
                "DS",
                List.of("STT", "Họ và tên", "Đối tượng", "Hình thức đề nghị", "Tóm tắt thành tích"),
                List.<String[]>of(
                        new String[] {"1", name, "Cá nhân", "Giấy khen", "Hoàn thành tốt nhiệm vụ"},
                        new String[] {"2", name, "Cá nhân", "Cờ thi đua của Chính phủ", "Dẫn đầu khối"},
                        new String[] {"3", "Sở Giáo dục và Đào tạo", "Tập thể", "CSTĐCS", "Dẫn đầu khối"})));
        // the list is refused as it is read (before any preview), naming both rows
        assertThatThrownBy(
                        () -> nomineesImport.read(d.id(), new ByteArrayInputStream(file), new ArrayList<>(), x -> {}))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + " " + p.field() + " " + p.messageKey())
                                .containsExactly("3 award validation.award.kind", "4 award validation.award.kind"));
        assertThat(dossiers.nominees(d.id())).isEmpty();
    }

    @Test
    void aMisfiledNomineeFromBeforeTheRuleCannotBeSubmitted() {
        Dossier d = draft("Đề nghị khen năm 2025 (trước khi kiểm tra đối tượng)");
        var n = dossiers.addNominee(
                d.id(),
                d.version(),
                new NomineeInput(
                        NomineeSubject.INDIVIDUAL,
                        teacher(6),
                        null,
                        null,
                        null,
                        null,
                        null,
                        Award.CERTIFICATE_OF_COMMENDATION,
                        "Hoàn thành tốt nhiệm vụ",
                        false,
                        "Đã xét tại đơn vị"));
        jdbc.sql("update commendation_nominee set award = 'GOVERNMENT_EMULATION_FLAG' where id = :id")
                .param("id", n.id())
                .update();
        for (DocumentType t : DocumentType.required(DossierKind.REGULAR)) {
            dossiers.filePaper(d.id(), t, t.name() + ".pdf", "%PDF-1.7\nTờ trình".getBytes(StandardCharsets.UTF_8));
        }
        Dossier ready = dossiers.act(d.id(), dossiers.find(d.id()).version(), DossierAction.SEND_TO_LEADER, null);

        assertThatThrownBy(() -> tayNinh.as(
                        "lanhdao", () -> dossiers.act(ready.id(), ready.version(), DossierAction.SUBMIT, "Trình")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.row() + " " + p.field() + " " + p.messageKey())
                                .contains(n.seq() + " award validation.award.kind"));
        assertThat(dossiers.find(d.id()).status().name()).isEqualTo("AWAITING_APPROVAL");
    }

    // ---- what was already recorded

    @Test
    void aFlagOnAPersonsRecordDoesNotReachThePublicStatistics() {
        // given: a flag on a person's record, as an import let it in before this rule
        jdbc.sql("insert into achievement_title (person_id, title_year, title, decision)"
                        + " values (:p, 2019, 'GOVERNMENT_EMULATION_FLAG', '99/QĐ-TTg')")
                .param("p", teacher(7))
                .update();
        try {
            // then: no individual is counted for it, and the yearly figure is the collectives' alone
            assertThat(individualsWith(Award.GOVERNMENT_EMULATION_FLAG, 2019)).isZero();
            assertThat(statistics.perYear(2019).stream()
                            .filter(c -> c.year() == 2019 && c.award() == Award.GOVERNMENT_EMULATION_FLAG)
                            .mapToLong(AchievementStatistics.Count::count)
                            .sum())
                    .isEqualTo(collectiveFlags(2019));
        } finally {
            jdbc.sql(
                            "delete from achievement_title where title = 'GOVERNMENT_EMULATION_FLAG' and decision = '99/QĐ-TTg'")
                    .update();
        }
    }

    private long individualsWith(Award award, int year) {
        return statistics.breakdown(year).stream()
                .filter(b -> b.award() == award)
                .mapToLong(AchievementStatistics.Breakdown::individuals)
                .sum();
    }

    private long collectiveFlags(int year) {
        return jdbc.sql("select count(*) from achievement_collective_title where title_year = :y"
                        + " and title = 'GOVERNMENT_EMULATION_FLAG'")
                .param("y", year)
                .query(Long.class)
                .single();
    }
}
