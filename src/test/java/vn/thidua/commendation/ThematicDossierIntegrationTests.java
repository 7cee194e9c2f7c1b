package vn.thidua.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementFixtures;
import vn.thidua.organization.TayNinhFixtures;

/**
 * Thematic dossiers name their movement from a selector; an extraordinary deed goes straight to an
 * extraordinary dossier with its nominee (scenario step 3); refused forms keep what was typed.
 */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class})
@WithUserDetails("donvi")
class ThematicDossierIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Dossiers dossiers;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MovementFixtures movements;

    @Autowired
    JdbcClient jdbc;

    private Document follow(MockHttpServletRequestBuilder request) throws Exception {
        // the redirect followed as a browser does: with the session cookie, which carries the flash
        var result = mvc.perform(request.with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String target = result.getResponse().getRedirectedUrl();
        var page = mvc.perform(get(target.replaceAll("#.*", ""))
                        .cookie(result.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(page);
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aThematicDossierNamesItsMovementFromTheSelector() throws Exception {
        Movement m =
                movements.launchedForDepartments("Phong trào thi đua “Chuyển đổi số” 2026", LocalDate.of(2026, 4, 30));
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        Document list = page("/dossiers?kind=THEMATIC&movementId=" + m.getId());
        assertThat(list.select("#n-movement option[selected]").text()).isEqualTo(m.getName());
        assertThat(list.select("#n-kind option[selected]").attr("value")).isEqualTo("THEMATIC");

        String location = mvc.perform(post("/dossiers/new")
                        .param("unitId", String.valueOf(unit))
                        .param("kind", "THEMATIC")
                        .param("movementId", String.valueOf(m.getId()))
                        .param("year", "2026")
                        .param("title", "Đề nghị khen thưởng chuyên đề chuyển đổi số")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        tayNinh.signInAs("donvi");
        Dossier d = dossiers.find(id);
        assertThat(d.kind()).isEqualTo(DossierKind.THEMATIC);
        assertThat(d.movementId()).isEqualTo(m.getId());
    }

    @Test
    void aThematicDossierWithoutItsMovementIsRefusedNamingTheFieldAndKeepsWhatWasTyped() throws Exception {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        Document back = follow(post("/dossiers/new")
                .param("unitId", String.valueOf(unit))
                .param("kind", "THEMATIC")
                .param("movementId", "")
                .param("year", "2025")
                .param("title", "Khen thưởng chuyên đề 80 năm Ngày truyền thống ngành"));

        assertThat(back.select(".alert-danger li").text())
                .contains("Phong trào: hồ sơ khen thưởng theo chuyên đề phải chọn phong trào")
                .doesNotContain("??");
        assertThat(back.select("#n-title").attr("value"))
                .isEqualTo("Khen thưởng chuyên đề 80 năm Ngày truyền thống ngành");
        assertThat(back.select("#n-kind option[selected]").attr("value")).isEqualTo("THEMATIC");
        assertThat(back.select("#n-year").attr("value")).isEqualTo("2025");
    }

    @Test
    void aMovementTheAccountCannotSeeOrAYearThatIsNotANumberIsNamed() throws Exception {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        Document back = follow(post("/dossiers/new")
                .param("unitId", String.valueOf(unit))
                .param("kind", "THEMATIC")
                .param("movementId", "987654")
                .param("year", "hai nghìn")
                .param("title", "Hồ sơ thử"));

        assertThat(back.select(".alert-danger li").text()).contains("Năm: “hai nghìn” không phải là một số");
        assertThat(back.select("#n-year").attr("value")).isEqualTo("hai nghìn");
    }

    @Test
    void anExtraordinaryDeedGoesStraightToItsDossierOnTheSimplifiedPath() throws Exception {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        String cccd = jdbc.sql("""
                select p.national_id from organization_person p
                join organization_assignment a on a.organization_person = p.id and a.to_date is null
                where a.unit_id = :u and p.national_id is not null order by p.id""").param("u", unit).query(String.class).list().get(3);
        assertThat(page("/dossiers").select("#deed-link").attr("href")).isEqualTo("/dossiers/deed");

        String location = mvc.perform(post("/dossiers/deed")
                        .param("unitId", String.valueOf(unit))
                        .param("happenedOn", "2026-03-12")
                        .param("what", "Dũng cảm cứu hai học sinh bị đuối nước tại kênh Tây, xã Hưng Điền")
                        .param("subject", "INDIVIDUAL")
                        .param("nationalId", cccd)
                        .param("position", "Giáo viên")
                        .param("award", "PROVINCIAL_CERTIFICATE_OF_MERIT")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        tayNinh.signInAs("donvi");
        Dossier d = dossiers.find(id);
        assertThat(d.kind()).isEqualTo(DossierKind.EXTRAORDINARY);
        assertThat(d.kind().simplified()).isTrue();
        assertThat(d.year()).isEqualTo(2026);
        assertThat(d.title()).startsWith("Khen thưởng đột xuất: Dũng cảm cứu hai học sinh");
        assertThat(dossiers.nominees(id)).singleElement().satisfies(n -> {
            assertThat(n.nationalId()).isEqualTo(cccd);
            assertThat(n.personId()).isNotNull();
            assertThat(n.award()).isEqualTo(Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
            assertThat(n.summary()).contains("kênh Tây");
        });
    }

    @Test
    void aDeedWithAnImpossibleOrFutureDateIsNamedAndTheTypedTextKept() throws Exception {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long before = jdbc.sql("select count(*) from commendation_dossier")
                .query(Long.class)
                .single();

        Document back = Jsoup.parse(mvc.perform(post("/dossiers/deed")
                        .param("unitId", String.valueOf(unit))
                        .param("happenedOn", "2026-12-30")
                        .param("what", "Đạt giải Nhất cuộc thi giáo viên dạy giỏi toàn quốc")
                        .param("subject", "INDIVIDUAL")
                        .param("fullName", "Nguyễn Thị Mỹ Hạnh")
                        .param("award", "")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        assertThat(back.select("#problems li").eachText())
                .contains(
                        "Ngày xảy ra: ngày xảy ra không được sau hôm nay",
                        "Hình thức đề nghị: Trường này là bắt buộc.");
        assertThat(back.select("#d-what").text()).isEqualTo("Đạt giải Nhất cuộc thi giáo viên dạy giỏi toàn quốc");
        assertThat(back.select("#d-name").attr("value")).isEqualTo("Nguyễn Thị Mỹ Hạnh");
        assertThat(jdbc.sql("select count(*) from commendation_dossier")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
