package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;

/** Entering and correcting records on the person and unit pages, by role and unit scope. */
@IntegrationTest
@Import(TayNinhFixtures.class)
class RecordPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EditingPeople people;

    @Autowired
    AchievementRecords records;

    @Autowired
    TayNinhFixtures tayNinh;

    private long aTeacher() {
        return people.create(
                        new PersonDetails(
                                "Châu Thị Kim Loan", Gender.FEMALE, LocalDate.of(1987, 7, 7), null, "Giáo viên", false),
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        LocalDate.of(2012, 9, 1))
                .getId();
    }

    /** MockMvc clears the test thread's security context after a request; services called afterwards need it back. */
    private static void stillSignedIn() {
        SecurityContextHolder.setContext(TestSecurityContextHolder.getContext());
    }

    @Test
    @WithUserDetails("donvi")
    void theOfficerEntersATitleAndTheVerdictsAreToldToRefresh() throws Exception {
        long loan = aTeacher();

        String html = mvc.perform(post("/people/{id}/record/titles", loan)
                        .header("HX-Request", "true")
                        .param("year", "2025")
                        .param("title", "ADVANCED_WORKER")
                        .param("decision", "45/QĐ-SGDĐT")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("HX-Trigger", "recordChanged"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Danh hiệu Lao động tiên tiến (quyết định: 45/QĐ-SGDĐT)");
    }

    @Test
    @WithUserDetails("donvi")
    void aYearOutOfRangeIsRefusedInVietnameseNamingTheField() throws Exception {
        long loan = aTeacher();

        String html = mvc.perform(post("/people/{id}/record/ratings", loan)
                        .header("HX-Request", "true")
                        .param("year", "2205")
                        .param("rating", "GOOD")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(html).contains("Năm: năm 2205 nằm ngoài khoảng hợp lệ");
        stillSignedIn();
        assertThat(records.historyOf(loan).ratings()).isEmpty();
    }

    @Test
    @WithUserDetails("donvi")
    void aRemovedEntryLeavesTheRecordAndASecondRemovalIsExplained() throws Exception {
        long loan = aTeacher();
        records.rate(loan, 2024, Rating.GOOD);
        long entry = records.timelineOf(loan).years().get(0).entries().get(0).id();

        mvc.perform(post("/people/{id}/record/RATING/{e}/remove", loan, entry).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String again = mvc.perform(post("/people/{id}/record/RATING/{e}/remove", loan, entry)
                        .header("HX-Request", "true")
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString();

        stillSignedIn();
        assertThat(records.historyOf(loan).ratings()).isEmpty();
        assertThat(again).contains("mục này không còn trong hồ sơ");
    }

    @Test
    @WithUserDetails("lanhdao")
    void theUnitLeaderReadsButDoesNotWrite() throws Exception {
        long person = tayNinh.personIn(tayNinh.currentUnit("Sở Giáo dục và Đào tạo"));

        mvc.perform(get("/people/{id}/record", person)).andExpect(status().isOk());
        mvc.perform(post("/people/{id}/record/ratings", person)
                        .param("year", "2025")
                        .param("rating", "GOOD")
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("bantdkt")
    void theSpecialistRecordsABlockResultAndTheFlagVerdictFollows() throws Exception {
        long school = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");

        String record = mvc.perform(post("/units/{id}/record/standings", school)
                        .header("HX-Request", "true")
                        .param("year", "2025")
                        .param("block", "Khối văn hóa – xã hội")
                        .param("rank", "1")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String verdicts = mvc.perform(get("/units/{id}/eligibility", school).param("year", "2025"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(record).contains("Xếp thứ 1 trong Khối văn hóa – xã hội");
        assertThat(verdicts).contains("Cờ thi đua của UBND tỉnh").contains("thành viên (tại ngày 31/12)");
    }

    @Test
    @WithUserDetails("donvi")
    void anOfficerCannotRecordABlockResultNorSeeAnotherUnit() throws Exception {
        long own = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long other = tayNinh.currentUnit("Sở Y tế");

        mvc.perform(post("/units/{id}/record/standings", own)
                        .param("year", "2025")
                        .param("block", "Khối văn hóa – xã hội")
                        .param("rank", "1")
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}/record", other)).andExpect(status().isNotFound());
    }
}
