package vn.thidua.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;

/** An officer of Sở Giáo dục và Đào tạo ("donvi") must not reach other units' people, however the request is forged. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("donvi")
class UnitScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    @Test
    void officerReadsPersonOfOwnUnit() throws Exception {
        long own = tayNinh.personIn(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));

        mvc.perform(get("/people/{id}", own)).andExpect(status().isOk());
    }

    @Test
    void officerGetsNotFoundForPersonOfAnotherUnitByChangingTheUrl() throws Exception {
        long other = tayNinh.personIn(tayNinh.currentUnit("Phường Gò Dầu"));

        mvc.perform(get("/people/{id}", other)).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}/edit", other)).andExpect(status().isNotFound());
    }

    @Test
    void officerCannotEditPersonOfAnotherUnitByPostingTheForm() throws Exception {
        // given
        long other = tayNinh.personIn(tayNinh.currentUnit("Phường Gò Dầu"));
        Person before = people.findById(other).orElseThrow();

        // when
        mvc.perform(post("/people/{id}/edit", other)
                        .with(csrf())
                        .param("fullName", "Tên Bị Sửa Trái Phép")
                        .param("gender", "MALE")
                        .param("version", String.valueOf(before.getVersion())))
                .andExpect(status().isNotFound());

        // then
        assertThat(people.findById(other).orElseThrow().getFullName()).isEqualTo(before.getFullName());
    }

    @Test
    void officerCannotCreatePersonInAnotherUnitByChangingTheUnitField() throws Exception {
        long goDau = tayNinh.currentUnit("Phường Gò Dầu");

        mvc.perform(post("/people/new")
                        .with(csrf())
                        .param("fullName", "Trần Văn Ngoài Phạm Vi")
                        .param("gender", "MALE")
                        .param("unitId", String.valueOf(goDau))
                        .param("fromDate", "2026-01-05"))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from organization_person where full_name = 'Trần Văn Ngoài Phạm Vi'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void officerCreatesPersonInOwnUnit() throws Exception {
        long own = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        mvc.perform(post("/people/new")
                        .with(csrf())
                        .param("fullName", "Lâm Thị Ngọc Hân")
                        .param("gender", "FEMALE")
                        .param("birthDate", "1990-05-17")
                        .param("nationalId", "072190123456")
                        .param("position", "Giáo viên")
                        .param("directWorker", "true")
                        .param("unitId", String.valueOf(own))
                        .param("fromDate", "2026-01-05"))
                .andExpect(status().is3xxRedirection());

        Person created =
                people.findById(tayNinh.personNamed("Lâm Thị Ngọc Hân")).orElseThrow();
        assertThat(created.currentAssignment().orElseThrow().getUnitId()).isEqualTo(own);
        assertThat(created.isDirectWorker()).isTrue();
    }

    @Test
    void officerSearchFindsOnlyPeopleOfOwnUnit() throws Exception {
        String page = mvc.perform(get("/people").param("q", "nguyen"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Sở Giáo dục và Đào tạo").doesNotContain("Phường Gò Dầu");
    }

    @Test
    void officerCannotOpenAnotherUnitOrEditUnits() throws Exception {
        mvc.perform(get("/units/{id}", tayNinh.currentUnit("Phường Gò Dầu"))).andExpect(status().isNotFound());
        mvc.perform(get("/units/new")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("bantdkt")
    void specialistReadsPeopleAnywhereInTheProvince() throws Exception {
        long other = tayNinh.personIn(tayNinh.currentUnit("Phường Gò Dầu"));

        mvc.perform(get("/people/{id}", other))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Phường Gò Dầu")));
    }

    @Test
    @WithUserDetails("hoidong1")
    void aCouncilMemberNeitherReadsNorChangesPeopleOutsideTheAgenda() throws Exception {
        // council members read the dossiers before their council, not the province's people (issue 14)
        long goDau = tayNinh.currentUnit("Phường Gò Dầu");
        long person = tayNinh.personIn(goDau);

        mvc.perform(get("/people/{id}", person)).andExpect(status().isNotFound());
        mvc.perform(post("/people/new")
                        .with(csrf())
                        .param("fullName", "Người Không Được Tạo")
                        .param("gender", "MALE")
                        .param("unitId", String.valueOf(goDau))
                        .param("fromDate", "2026-01-05"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from organization_person where full_name = 'Người Không Được Tạo'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    @WithUserDetails("lanhdao")
    void aUnitLeaderReadsTheUnitsPeopleButTheOfficerKeepsThem() throws Exception {
        long own = tayNinh.personIn(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));
        Person before = people.findById(own).orElseThrow();

        mvc.perform(get("/people/{id}", own)).andExpect(status().isOk());
        mvc.perform(post("/people/{id}/edit", own)
                        .with(csrf())
                        .param("fullName", before.getFullName())
                        .param("gender", before.getGender().name())
                        .param("position", "Hiệu trưởng")
                        .param("version", String.valueOf(before.getVersion())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/import")).andExpect(status().isForbidden());
    }
}
