package vn.thidua.report.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.AwardClassifications;
import vn.thidua.commendation.AwardMethod;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.NomineesImport;
import vn.thidua.commendation.RecipientTier;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.decision.Decision;
import vn.thidua.decision.DecisionSigning;
import vn.thidua.decision.Decisions;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/**
 * The classification entered where the facts arise (issue 20): the award method on the new-dossier form and the
 * dossier page, the tier and the enterprise flag on the nominee form and in the nominees import, each shown back
 * and counted by the yearly tables; a value that does not fit is refused naming its field, nothing half-written.
 * (In the report package so that it can compute Biểu 03 from the classification the forms entered.)
 */
@IntegrationTest
@Import({TayNinhFixtures.class, CouncilFixtures.class})
class ClassificationEntryIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    AwardClassifications classifications;

    @Autowired
    NomineesImport imports;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    CouncilFixtures council;

    @Autowired
    Decisions decisions;

    @Autowired
    DecisionSigning signing;

    @Autowired
    ReportForms reports;

    @Autowired
    JdbcClient jdbc;

    /** Service calls as the unit officer (a MockMvc request leaves no signed-in account behind it). */
    private <T> T unit(java.util.function.Supplier<T> work) {
        return tayNinh.as("donvi", work);
    }

    private long newDossier(String title, String method) throws Exception {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        MvcResult r = mvc.perform(post("/dossiers/new")
                        .param("unitId", "" + unit)
                        .param("kind", "REGULAR")
                        .param("year", "2025")
                        .param("title", title)
                        .param("awardMethod", method)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String to = r.getResponse().getRedirectedUrl();
        assertThat(to).matches("/dossiers/\\d+");
        return Long.parseLong(to.substring("/dossiers/".length()));
    }

    private MvcResult addNominee(long dossier, String... params) throws Exception {
        var request = post("/dossiers/{id}/nominees", dossier)
                .param(
                        "version",
                        "" + tayNinh.as("donvi", () -> dossiers.find(dossier)).version())
                .param("award", "PROVINCIAL_CERTIFICATE_OF_MERIT")
                .param("summary", "Hoàn thành xuất sắc nhiệm vụ năm học 2024-2025");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    @SuppressWarnings("unchecked")
    private static List<InvalidInput.Problem> problems(MvcResult r) {
        Object p = r.getFlashMap().get("problems");
        return p == null ? List.of() : (List<InvalidInput.Problem>) p;
    }

    @Test
    @WithUserDetails("donvi")
    void theMethodChosenOnTheNewDossierFormIsStoredAndAnEmptyChoiceFollowsTheKind() throws Exception {
        long chosen = newDossier("Đề nghị tặng Bằng khen (niên hạn)", "SENIORITY");
        long empty = newDossier("Đề nghị tặng Bằng khen năm 2025", "");
        assertThat(unit(() -> classifications.method(chosen))).isEqualTo(AwardMethod.SENIORITY);
        assertThat(unit(() -> classifications.method(empty))).isEqualTo(AwardMethod.REGULAR);

        mvc.perform(post("/dossiers/{id}/method", empty)
                        .param("awardMethod", "THEMATIC")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(unit(() -> classifications.method(empty))).isEqualTo(AwardMethod.THEMATIC);
        String page = mvc.perform(get("/dossiers/{id}", empty))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"method-form\"").contains("Phương thức khen thưởng: Chuyên đề");
    }

    @Test
    @WithUserDetails("donvi")
    void theTierChosenOnTheNomineeFormIsStoredNotThePositionsSuggestionAndShownOnTheDossierPage() throws Exception {
        long d = newDossier("Đề nghị tặng Bằng khen (đối tượng)", "");
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long person = tayNinh.personIn(unit);
        MvcResult r = addNominee(
                d,
                "subject",
                "INDIVIDUAL",
                "personId",
                "" + person,
                "position",
                "Phó Giám đốc Sở Giáo dục và Đào tạo",
                "recipientTier",
                "OTHER_LEADER");
        assertThat(problems(r)).isEmpty();
        Nominee n = unit(() -> dossiers.nominees(d).get(0));
        assertThat(unit(() -> classifications.ofNominees(List.of(n.id())).get(n.id()))
                        .tier())
                .isEqualTo(RecipientTier.OTHER_LEADER);
        assertThat(RecipientTier.suggest(n.position())).contains(RecipientTier.DEPARTMENT_LEADER);
        String page =
                mvc.perform(get("/dossiers/{id}", d)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Lãnh đạo khác từ phó trưởng phòng trở lên");

        // the suggestion the form shows as the position is typed
        String hint = mvc.perform(get("/dossiers/tier-suggestion").param("position", "Nông dân xã Tân Hòa"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(hint).contains("Gợi ý theo chức vụ: Công nhân, nông dân, chiến sĩ");

        // the edit form changes it; an empty choice is "not stated"
        mvc.perform(post("/dossiers/{id}/nominees/{n}", d, n.id())
                        .param("version", "" + n.version())
                        .param("fullName", n.fullName())
                        .param("position", n.position())
                        .param("summary", n.summary())
                        .param("recipientTier", "")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(unit(() -> classifications.ofNominees(List.of(n.id())).get(n.id()))
                        .tier())
                .isNull();
    }

    @Test
    @WithUserDetails("donvi")
    void aTierForACollectiveOrAnEnterpriseFlagForAPersonIsRefusedNamingTheFieldAndNothingIsAdded() throws Exception {
        long d = newDossier("Đề nghị tặng Bằng khen (tập thể)", "");
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        MvcResult collective =
                addNominee(d, "subject", "COLLECTIVE", "unitId", "" + unit, "recipientTier", "DIRECT_WORKER");
        assertThat(problems(collective)).extracting(InvalidInput.Problem::field).containsExactly("recipientTier");
        MvcResult person =
                addNominee(d, "subject", "INDIVIDUAL", "personId", "" + tayNinh.personIn(unit), "enterprise", "true");
        assertThat(problems(person)).extracting(InvalidInput.Problem::field).containsExactly("enterprise");
        assertThat(unit(() -> dossiers.nominees(d))).isEmpty();

        MvcResult enterprise = addNominee(d, "subject", "COLLECTIVE", "unitId", "" + unit, "enterprise", "false");
        assertThat(problems(enterprise)).isEmpty();
        Nominee n = unit(() -> dossiers.nominees(d).get(0));
        assertThat(unit(() -> classifications.ofNominees(List.of(n.id())).get(n.id()))
                        .enterprise())
                .isFalse();
    }

    private static byte[] list(String[] header, String[]... rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("DS");
            s.createRow(0).createCell(0).setCellValue("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG");
            Row h = s.createRow(2);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(3 + r);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    @WithUserDetails("donvi")
    void theNomineesImportReadsTheTierAndEnterpriseColumnsUnderTheirUsualHeadersAndNamesAnUnknownTier()
            throws Exception {
        long d = newDossier("Đề nghị tặng Bằng khen (nhập danh sách)", "");
        String[] header = {"STT", "Họ và tên", "Cá nhân/Tập thể", "Hình thức đề nghị", "Cấp lãnh đạo", "Doanh nghiệp"};
        byte[] good =
                list(header, new String[] {"1", "Trần Văn Lộc", "Cá nhân", "BK tỉnh", "Nông dân", ""}, new String[] {
                    "2", "Sở Giáo dục và Đào tạo", "Tập thể", "BK tỉnh", "", "Không"
                });
        NomineesImport.Reading reading = unit(() -> imports.reading(d, new ByteArrayInputStream(good), done -> {}));
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.rows())
                .extracting(NomineesImport.RowRead::tier)
                .containsExactly(RecipientTier.DIRECT_WORKER, null);
        assertThat(reading.rows())
                .extracting(NomineesImport.RowRead::enterprise)
                .containsExactly(null, Boolean.FALSE);
        unit(() -> dossiers.addNominees(
                d, dossiers.find(d).version(), reading.inputs(), reading.rowNumbers(), done -> {}));
        List<String> stored = jdbc.sql(
                        "select coalesce(recipient_tier, '-') || '/' || coalesce(lower(cast(enterprise as"
                                + " varchar(5))), '-') from commendation_nominee where dossier_id = :d order by seq")
                .param("d", d)
                .query(String.class)
                .list();
        assertThat(stored).containsExactly("DIRECT_WORKER/-", "-/false");

        byte[] bad = list(
                new String[] {"STT", "Họ và tên", "Hình thức đề nghị", "Đối tượng (lãnh đạo, lao động trực tiếp)"},
                new String[] {"1", "Lê Thị Thu", "BK tỉnh", "Giám đốc"});
        NomineesImport.Reading refused = unit(() -> imports.reading(d, new ByteArrayInputStream(bad), done -> {}));
        assertThat(refused.problems())
                .extracting(InvalidInput.Problem::row, InvalidInput.Problem::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "recipientTier"));
        assertThat(refused.problems().get(0).args()).containsExactly("Giám đốc");
    }

    @Test
    @WithUserDetails("bantdkt")
    void aTierTheBanStatesOnTheAppraisalViewIsCountedInBiểu03sLeaderColumnOnceDecided() throws Exception {
        Dossier d = council.approved(
                "Sở Tài chính",
                "Đề nghị tặng Bằng khen năm 2025 (nhập phân loại)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                0);
        Nominee n = tayNinh.as("bantdkt", () -> dossiers.nominees(d.id()).get(0));
        MvcResult r = mvc.perform(post("/dossiers/{id}/nominees/{n}/classification", d.id(), n.id())
                        .param("recipientTier", "DEPARTMENT_LEADER")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(problems(r)).isEmpty();
        Period y2026 = Period.of(Period.Kind.YEAR, 2026, 0, null, null);
        FormTable before = tayNinh.as("bantdkt", () -> reports.compute("B03", y2026));

        Decision draft = tayNinh.as("bantdkt", () -> decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025));
        Decision issued = tayNinh.as("bantdkt", () -> decisions.issue(draft.id(), draft.version()));
        tayNinh.as("chutich", () -> signing.sign(issued.id(), issued.version()));

        String line = jdbc.sql("select award_method || ':' || recipient_tier from decision_recipient"
                        + " where decision_id = :d and nominee_id = :n")
                .param("d", draft.id())
                .param("n", n.id())
                .query(String.class)
                .single();
        assertThat(line).isEqualTo("REGULAR:DEPARTMENT_LEADER");
        long leadersDecided = jdbc.sql("select count(*) from decision_recipient where decision_id = :d"
                        + " and subject = 'INDIVIDUAL' and award_method = 'REGULAR'"
                        + " and recipient_tier in ('CENTRAL_LEADER', 'DEPARTMENT_LEADER', 'OTHER_LEADER')")
                .param("d", draft.id())
                .query(Long.class)
                .single();
        FormTable after = tayNinh.as("bantdkt", () -> reports.compute("B03", y2026));
        assertThat(after.value("R1", "6").longValueExact()
                        - before.value("R1", "6").longValueExact())
                .isEqualTo(leadersDecided)
                .isPositive();
        assertThat(after.problems()).isEmpty();
    }
}
