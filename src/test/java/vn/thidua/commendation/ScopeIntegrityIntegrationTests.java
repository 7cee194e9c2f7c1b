package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.attachment.Attached;
import vn.thidua.council.Councils;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput.Problem;

/**
 * Issue 14, case 8: units' drafts, their papers and nominees' CCCD were readable by the portal
 * editor, the council and the signer; the portal editor read every person record; a nominee form
 * named another unit's person. Each leak is replayed over HTTP as each demo account.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class ScopeIntegrityIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\nTờ trình".getBytes(StandardCharsets.UTF_8);
    static final List<String> NO_BUSINESS = List.of("bientap", "chutich", "hoidong1");

    @Autowired
    MockMvc mvc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Councils councils;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    org.springframework.context.MessageSource messages;

    private RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    private long education() {
        return tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
    }

    private long personOf(long unit, int n) {
        return jdbc.sql("select a.organization_person from organization_assignment a"
                        + " join organization_person p on p.id = a.organization_person"
                        + " where a.unit_id = :u and a.to_date is null and p.national_id is not null"
                        + " order by a.organization_person")
                .param("u", unit)
                .query(Long.class)
                .list()
                .get(n);
    }

    private String cccd(long person) {
        return jdbc.sql("select national_id from organization_person where id = :id")
                .param("id", person)
                .query(String.class)
                .single();
    }

    private record Draft(Dossier dossier, Attached paper, String cccd) {}

    /** A draft of Sở Giáo dục và Đào tạo with one teacher (CCCD known) and its papers. */
    private Draft draft(String title, int teacher) {
        return tayNinh.as("donvi", () -> {
            Dossier d = dossiers.create(education(), DossierKind.REGULAR, null, 2025, title);
            long person = personOf(education(), teacher);
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
                            Award.CERTIFICATE_OF_COMMENDATION,
                            "Hoàn thành tốt nhiệm vụ năm học 2024-2025",
                            false,
                            "Đã xét tại đơn vị"));
            Attached paper = null;
            for (DocumentType t : DocumentType.required(DossierKind.REGULAR)) {
                paper = dossiers.filePaper(d.id(), t, t.name() + ".pdf", PDF);
            }
            return new Draft(dossiers.find(d.id()), paper, cccd(person));
        });
    }

    // ---- drafts and their papers

    @Test
    void aDraftAndItsPapersAreTheDraftingUnitsAlone() throws Exception {
        Draft draft = draft("Đề nghị Giấy khen năm 2025 (bản nháp)", 0);

        for (String who : List.of("bientap", "chutich", "hoidong1", "bantdkt")) {
            mvc.perform(get("/dossiers/{id}", draft.dossier().id()).with(as(who)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/files/{id}", draft.paper().id()).with(as(who))).andExpect(status().isNotFound());
            String list = mvc.perform(get("/dossiers").with(as(who)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(list).as(who).doesNotContain("Đề nghị Giấy khen năm 2025 (bản nháp)");
        }
        mvc.perform(get("/dossiers/{id}", draft.dossier().id()).with(as("donvi")))
                .andExpect(status().isOk());
        mvc.perform(get("/files/{id}", draft.paper().id()).with(as("lanhdao"))).andExpect(status().isOk());
    }

    @Test
    void onceSubmittedTheBanTdktReadsItButTheEditorSignerAndCouncilStillDoNot() throws Exception {
        Draft draft = draft("Đề nghị Giấy khen năm 2025 (đã trình)", 1);
        long id = draft.dossier().id();
        tayNinh.as("donvi", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SEND_TO_LEADER, null));
        tayNinh.as("lanhdao", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SUBMIT, "Trình"));

        mvc.perform(get("/dossiers/{id}", id).with(as("bantdkt"))).andExpect(status().isOk());
        mvc.perform(get("/files/{id}", draft.paper().id()).with(as("bantdkt"))).andExpect(status().isOk());
        for (String who : NO_BUSINESS) {
            mvc.perform(get("/dossiers/{id}", id).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/dossiers/{id}/history", id).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/files/{id}", draft.paper().id()).with(as(who))).andExpect(status().isNotFound());
        }
    }

    @Test
    void aCouncilMemberReadsTheDossiersBeforeHisCouncilWithoutTheCccd() throws Exception {
        Draft draft = draft("Đề nghị Giấy khen năm 2025 (hội đồng)", 2);
        long id = draft.dossier().id();
        tayNinh.as("donvi", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SEND_TO_LEADER, null));
        tayNinh.as("lanhdao", () -> dossiers.act(id, dossiers.find(id).version(), DossierAction.SUBMIT, "Trình"));
        tayNinh.as("bantdkt", () -> {
            Dossier received = dossiers.act(id, dossiers.find(id).version(), DossierAction.RECEIVE, null);
            for (Nominee n : dossiers.nominees(received.id())) {
                dossiers.appraise(n.id(), n.version(), Appraisal.ACCEPTED, null, Set.of());
            }
            dossiers.act(id, dossiers.find(id).version(), DossierAction.FINISH_APPRAISAL, null);
            Councils.Council council = councils.councils().get(0);
            Councils.Session s = councils.schedule(
                    council.id(), LocalDate.of(2026, 12, 28), "Hội trường UBND tỉnh", "Phiên xét Giấy khen");
            councils.addToAgenda(s.id(), id);
            return s;
        });
        assertThat(tayNinh.as(
                        "bantdkt",
                        () -> councils.members(councils.councils().get(0).id())))
                .extracting(Councils.Member::username)
                .contains("hoidong1");

        String page = mvc.perform(get("/dossiers/{id}", id).with(as("hoidong1")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Đề nghị Giấy khen năm 2025 (hội đồng)").doesNotContain(draft.cccd());
        assertThat(tayNinh.as("hoidong1", () -> dossiers.nominees(id)))
                .singleElement()
                .satisfies(n -> assertThat(n.nationalId()).isNull());
        assertThat(tayNinh.as("bantdkt", () -> dossiers.nominees(id)))
                .singleElement()
                .satisfies(n -> assertThat(n.nationalId()).isEqualTo(draft.cccd()));
        for (String who : List.of("chutich", "bientap")) {
            mvc.perform(get("/dossiers/{id}", id).with(as(who))).andExpect(status().isNotFound());
        }
    }

    // ---- person records

    @Test
    void theEditorSignerAndCouncilReadNoPersonRecord() throws Exception {
        long teacher = personOf(education(), 3);

        for (String who : NO_BUSINESS) {
            mvc.perform(get("/people/{id}", teacher).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/people/{id}/record", teacher).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/people/{id}/eligibility", teacher).with(as(who))).andExpect(status().isNotFound());
            mvc.perform(get("/people").param("q", "Nguyễn").with(as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/units/{id}/record", education()).with(as(who))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/people/{id}", teacher).with(as("donvi"))).andExpect(status().isOk());
        mvc.perform(get("/people/{id}", teacher).with(as("bantdkt"))).andExpect(status().isOk());
    }

    // ---- the nominee form tells nothing about people outside the unit

    @Test
    void aNomineeOutsideTheUnitIsNotFoundWhateverNamesIt() throws Exception {
        long health = tayNinh.currentUnit("Sở Y tế");
        long doctor = personOf(health, 0);
        String doctorsName = jdbc.sql("select full_name from organization_person where id = :id")
                .param("id", doctor)
                .query(String.class)
                .single();
        long nobody = jdbc.sql("select max(id) + 1000 from organization_person")
                .query(Long.class)
                .single();
        Dossier d = tayNinh.as(
                "donvi", () -> dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị khen (dò tìm)"));
        List<Problem> byId = List.of(new Problem(0, "personId", "validation.dossier.notInUnit", List.of()));
        List<Problem> byCccd = List.of(new Problem(0, "nationalId", "validation.dossier.notInUnit", List.of()));

        // another unit's person id, and an id nobody has
        for (long id : List.of(doctor, nobody)) {
            nominate(d, "personId", String.valueOf(id)).andExpect(flash().attribute("problems", byId));
        }
        // another unit's CCCD, and a well-formed CCCD nobody has
        for (String nid : List.of(cccd(doctor), "079099000001")) {
            nominate(d, "nationalId", nid).andExpect(flash().attribute("problems", byCccd));
        }

        // what the officer reads: the same words for all four, naming nobody
        assertThat(messages.getMessage("validation.dossier.notInUnit", null, java.util.Locale.forLanguageTag("vi")))
                .isEqualTo("không tìm thấy trong đơn vị")
                .doesNotContain(doctorsName);
        assertThat(tayNinh.as("donvi", () -> dossiers.nominees(d.id()))).isEmpty();
    }

    @Test
    void aNameAndBirthDateInAnotherUnitIsNotFoundEither() throws Exception {
        long health = tayNinh.currentUnit("Sở Y tế");
        long doctor = personOf(health, 1);
        var row = jdbc.sql("select full_name, birth_date from organization_person where id = :id")
                .param("id", doctor)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, LocalDate.class)})
                .single();
        Dossier d = tayNinh.as(
                "donvi",
                () -> dossiers.create(education(), DossierKind.REGULAR, null, 2025, "Đề nghị khen (dò theo tên)"));

        mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .with(as("donvi"))
                        .param("version", String.valueOf(d.version()))
                        .param("subject", "INDIVIDUAL")
                        .param("fullName", (String) row[0])
                        .param("birthDate", String.valueOf(row[1]))
                        .param("unitId", String.valueOf(health))
                        .param("award", "CERTIFICATE_OF_COMMENDATION")
                        .param("summary", "Hoàn thành tốt nhiệm vụ")
                        .with(csrf()))
                .andExpect(flash().attribute(
                                "problems",
                                List.of(new Problem(0, "unitId", "validation.dossier.notInUnit", List.of()))));
    }

    private org.springframework.test.web.servlet.ResultActions nominate(Dossier d, String field, String value)
            throws Exception {
        return mvc.perform(post("/dossiers/{id}/nominees", d.id())
                        .with(as("donvi"))
                        .param("version", String.valueOf(d.version()))
                        .param("subject", "INDIVIDUAL")
                        .param(field, value)
                        .param("award", "CERTIFICATE_OF_COMMENDATION")
                        .param("summary", "Hoàn thành tốt nhiệm vụ")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
